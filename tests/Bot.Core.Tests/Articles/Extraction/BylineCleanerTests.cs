using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class BylineCleanerTests
{
    [Theory]
    [InlineData("By Jane Roe", "Jane Roe")]
    [InlineData("by: Jane Roe", "Jane Roe")]
    [InlineData("Von Anna Beispiel", "Anna Beispiel")]
    [InlineData("Veröffentlicht von Anna", "Anna")]
    [InlineData("par Jean Dupont", "Jean Dupont")]
    [InlineData("Jane Roe - Apr 16, 2015 8:02 pm UTC", "Jane Roe")]
    [InlineData("Jane Roe January 18, 2017 11:00 PM PST @janeroe", "Jane Roe")]
    [InlineData("12. März 2021 · von Anna Beispiel", "Anna Beispiel")]
    [InlineData("Jane Roe • 8h", "Jane Roe")]
    [InlineData("Jane Roe —", "Jane Roe")]
    [InlineData("/ Jane Roe / 10:08 am Fri Jul 19, 2013", "Jane Roe")]
    [InlineData("Wire staff Updated: January 16, 2020", "Wire staff")]
    [InlineData("Laura June Topolsky", "Laura June Topolsky")]
    [InlineData("Brenda Goodman, MA", "Brenda Goodman, MA")]
    [InlineData("Jane Roe - John Doe", "Jane Roe - John Doe")]
    [InlineData("Gemeinde - Verwaltung Nord", "Gemeinde - Verwaltung Nord")]
    public void A_byline_keeps_the_names_and_loses_the_date_and_the_leading_word(string byline, string expected) =>
        Assert.Equal(expected, BylineCleaner.Clean(byline));

    [Theory]
    [InlineData("8. November 2021")]
    [InlineData("6 de mayo de 2022 05:30")]
    [InlineData("Updated 5:27 am")]
    public void A_byline_that_is_only_a_date_is_none(string byline) => Assert.Null(BylineCleaner.Clean(byline));
}
