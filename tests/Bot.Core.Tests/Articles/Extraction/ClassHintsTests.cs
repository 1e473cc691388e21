using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class ClassHintsTests
{
    [Theory]
    [InlineData("TestReport__AuthorBox")]
    [InlineData("author-bio")]
    [InlineData("about-author clearfix")]
    [InlineData("author-info")]
    [InlineData("sidebar")]
    public void An_author_box_and_page_furniture_are_left_out_before_scoring(string hints) =>
        Assert.True(ClassHints.IsUnlikely(new ClassHints.Reading(hints)), hints);

    [Theory]
    [InlineData("author-name")]
    [InlineData("byline")]
    [InlineData("article-body")]
    [InlineData("main-content sidebar-open")]
    public void A_byline_and_the_story_are_not(string hints) =>
        Assert.False(ClassHints.IsUnlikely(new ClassHints.Reading(hints)), hints);
}
