using Bot.Core.Quotes;

namespace Bot.Core.Tests.Quotes;

public sealed class QuotationMarksTests
{
    [Theory]
    [InlineData("We wait for the tide.", "“We wait for the tide.”")]
    [InlineData("  We wait.  ", "“We wait.”")]
    [InlineData("“Our own ancestors wouldn’t say this.”", "“Our own ancestors wouldn’t say this.”")]
    [InlineData("\"Plain marks already.\"", "\"Plain marks already.\"")]
    [InlineData("«Le marais est vivant.»", "«Le marais est vivant.»")]
    [InlineData("« Le marais est vivant. »", "« Le marais est vivant. »")]
    [InlineData("„Das Meer steigt.“", "„Das Meer steigt.“")]
    [InlineData("‘Not again,’ he said, ‘not this year.’", "‘Not again,’ he said, ‘not this year.’")]
    [InlineData("“It is over”.", "“It is over”.")]
    [InlineData("“A,” she said, “and B.”", "“A,” she said, “and B.”")]
    public void Marks_are_added_only_when_the_quote_is_not_already_quoted(string quote, string shown) =>
        Assert.Equal(shown, QuotationMarks.Enclose(quote));

    [Theory]
    // A sentence cut out of a longer quotation: its partner mark is added, never a second pair.
    [InlineData("“Our own ancestors wouldn’t say this.", "“Our own ancestors wouldn’t say this.”")]
    [InlineData("Our own ancestors wouldn’t say this.”", "“Our own ancestors wouldn’t say this.”")]
    [InlineData("„Das Meer steigt.", "„Das Meer steigt.“")]
    [InlineData("Le marais est vivant. »", "«Le marais est vivant. »")]
    [InlineData("He said: “the sea is rising.", "“He said: “the sea is rising.””")]
    [InlineData("“Hello,” she said.", "““Hello,” she said.”")]
    public void A_mark_whose_partner_lies_outside_the_quote_gets_one(string quote, string shown) =>
        Assert.Equal(shown, QuotationMarks.Enclose(quote));

    [Theory]
    [InlineData("The students’ union wouldn’t agree.", "“The students’ union wouldn’t agree.”")]
    [InlineData("Rock ’n’ roll in the ’90s.", "“Rock ’n’ roll in the ’90s.”")]
    [InlineData("He said \"no\" twice.", "“He said \"no\" twice.”")]
    public void Apostrophes_and_inner_quotations_are_left_alone(string quote, string shown) =>
        Assert.Equal(shown, QuotationMarks.Enclose(quote));

    [Theory]
    [InlineData("“Our own ancestors wouldn’t say this.")]
    [InlineData("wouldn’t say this.’ And then")]
    [InlineData("«Le marais")]
    [InlineData("\"Half a quote")]
    [InlineData("It is ‘half")]
    public void No_mark_is_left_unbalanced(string quote)
    {
        var shown = QuotationMarks.Enclose(quote);

        Assert.Equal(0, (Count(shown, "“”„") + Count(shown, "«»")) % 2);
        Assert.Equal(0, Count(shown, "\"") % 2);
        Assert.True(Count(shown, "‘‚") <= Count(shown, "’"));
        Assert.Contains(quote.Trim(), shown, StringComparison.Ordinal);
    }

    private static int Count(string text, string marks) => text.Count(marks.Contains);
}
