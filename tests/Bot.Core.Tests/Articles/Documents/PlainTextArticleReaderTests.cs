using Bot.Core.Articles;
using Bot.Core.Articles.Documents;

namespace Bot.Core.Tests.Articles.Documents;

public sealed class PlainTextArticleReaderTests
{
    [Fact]
    public void Blank_lines_separate_paragraphs_and_a_short_first_line_is_the_title()
    {
        const string text = "Why Bees Matter\r\n\r\nBees pollinate a third of the crops\r\nwe eat, and their decline worries farmers.\r\n\r\n\r\n  Scientists are studying why.  \n";

        var article = PlainTextArticleReader.Read(text, "https://example.com/bees.txt");

        Assert.Equal("Why Bees Matter", article.Title);
        Assert.Equal(
            ["Bees pollinate a third of the crops we eat, and their decline worries farmers.", "Scientists are studying why."],
            article.Paragraphs);
    }

    [Theory]
    [InlineData("# Release notes\nVersion 2 is out.", "Release notes")]
    [InlineData("Release notes\n=============\nVersion 2 is out.", "Release notes")]
    public void Markdown_and_underlined_headings_are_titles(string text, string title)
    {
        var article = PlainTextArticleReader.Read(text, "file.txt");

        Assert.Equal(title, article.Title);
        Assert.Equal(["Version 2 is out."], article.Paragraphs);
    }

    [Fact]
    public void Without_a_short_first_line_the_title_comes_from_the_address()
    {
        const string text = "This first paragraph runs over\nseveral hard-wrapped lines and so is no title.\n\nSecond.";

        var article = PlainTextArticleReader.Read(text, "https://example.com/notes/meeting-notes_2024.txt");

        Assert.Equal("meeting notes 2024", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("The council voted on Tuesday to close the old bridge.\n\nRepairs would cost $4 million.")]
    [InlineData("\u201CWe had no choice,\u201D the mayor said after the vote.\n\nRepairs would cost $4 million.")]
    public void A_lone_first_sentence_is_the_lead_paragraph_not_the_title(string text)
    {
        var article = PlainTextArticleReader.Read(text, "https://example.com/bridge-vote.txt");

        Assert.Equal("bridge vote", article.Title);
        Assert.Equal([text.Split("\n\n")[0], "Repairs would cost $4 million."], article.Paragraphs);
    }

    [Theory]
    [InlineData("Manhole Fires and Burst Pipes: How Winter Wreaks Havoc on What’s Underneath N.Y.C.")]
    [InlineData("Ten Things Hotel Owners Never Tell Their Guests.")]
    public void A_headline_with_a_full_stop_is_still_the_title(string headline)
    {
        var article = PlainTextArticleReader.Read(headline + "\n\nThe body of the story follows here.", "x.txt");

        Assert.Equal(headline, article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void A_marked_heading_stays_the_title_even_with_a_full_stop()
    {
        var article = PlainTextArticleReader.Read("# The council voted to close the old bridge.\n\nRepairs would cost $4 million.", "x.txt");

        Assert.Equal("The council voted to close the old bridge.", article.Title);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void Bullet_lists_keep_one_item_per_paragraph()
    {
        var article = PlainTextArticleReader.Read("Shopping\n\n- eggs\n- flour\n- milk", "list.txt");

        Assert.Equal(["- eggs", "- flour", "- milk"], article.Paragraphs);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" \n\t\n ")]
    public void Empty_text_is_not_an_article(string text)
    {
        var error = Assert.Throws<ArticleException>(() => PlainTextArticleReader.Read(text, "x.txt"));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
    }
}
