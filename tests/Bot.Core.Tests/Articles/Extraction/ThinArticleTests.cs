using System.Text;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Tests.Articles.Reading;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>A short page is shown as it is by the extractor; readers that need an article refuse it explicitly.</summary>
public sealed class ThinArticleTests
{
    private const string ShortPage = "<div><h2>Gone fishing</h2><p>Back on Monday.</p></div>";

    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void The_extractor_returns_the_text_of_a_short_page()
    {
        var article = extractor.Extract(Pages.Html(ShortPage), "https://example.com/");

        Assert.Equal(["Gone fishing", "Back on Monday."], article.Paragraphs);
    }

    [Fact]
    public void The_readable_check_refuses_an_article_below_the_minimum_words()
    {
        var article = extractor.Extract(Pages.Html(ShortPage), "https://example.com/");

        var error = Assert.Throws<ArticleException>(() => ReadableArticleCheck.EnsureReadable(article));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Contains("too little text", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readable_check_passes_an_article_at_the_minimum_words()
    {
        var article = new Article("https://example.com/", "T", ["one two three four five six seven eight nine ten"]);

        Assert.Same(article, ReadableArticleCheck.EnsureReadable(article));
        Assert.Throws<ArticleException>(() => ReadableArticleCheck.EnsureReadable(article, minimumWords: 11));
    }

    [Fact]
    public void The_reader_refuses_a_thin_page_unless_thin_pages_are_allowed()
    {
        var reader = new ArticleReader(extractor, TestDeadline.Default);
        var page = HtmlPage(ShortPage);

        var error = Assert.Throws<ArticleException>(() => reader.Read(page));
        var shown = reader.Read(page, allowThin: true);

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Equal("Back on Monday.", shown.Paragraphs[^1]);
    }

    [Fact]
    public void The_reader_refuses_a_consent_wall_even_when_thin_pages_are_allowed()
    {
        var reader = new ArticleReader(extractor, TestDeadline.Default);
        var page = HtmlPage("""
            <div id="consent"><p>We value your privacy. We and our partners use cookies.</p><a>Accept all</a></div>
            """);

        var error = Assert.Throws<ArticleException>(() => reader.Read(page, allowThin: true));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Contains("cookie", error.Message, StringComparison.Ordinal);
    }

    private static FetchedPage HtmlPage(string body) =>
        new(new Uri("https://example.com/"), MediaTypes.Html, "utf-8", Encoding.UTF8.GetBytes(Pages.Html(body)));
}
