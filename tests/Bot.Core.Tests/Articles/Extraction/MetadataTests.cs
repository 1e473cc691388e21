using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class MetadataTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Reads_json_ld_inside_a_graph()
    {
        const string head = """
            <title>Something else | Gazette</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"The Town Gazette"},
              {"@type":["NewsArticle"],"headline":"Council delays budget vote","datePublished":"2024-03-05T18:30:00+01:00",
               "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}],
               "publisher":{"@type":"Organization","name":"The Town Gazette"},"image":{"url":"https://cdn.example.com/a.jpg"}}]}
            </script>
            <link rel="canonical" href="/news/budget-vote">
            """;
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs()}</article>", head);

        var article = extractor.Extract(html, "https://example.com/news/budget-vote?utm=x");

        Assert.Equal("Council delays budget vote", article.Title);
        Assert.Equal("Jane Doe, John Roe", article.Byline);
        Assert.Equal("The Town Gazette", article.SiteName);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 18, 30, 0, TimeSpan.FromHours(1)), article.Published);
        Assert.Equal("https://example.com/news/budget-vote", article.CanonicalUrl);
        Assert.Equal("https://cdn.example.com/a.jpg", article.LeadImageUrl);
        Assert.Equal("en", article.Language);
    }

    [Fact]
    public void Reads_open_graph_and_meta_tags()
    {
        const string head = """
            <title>Ignored | Gazette</title>
            <meta property="og:title" content="Council delays budget vote">
            <meta property="og:site_name" content="The Town Gazette">
            <meta property="og:url" content="https://example.com/canonical">
            <meta property="og:image" content="/img/lead.jpg">
            <meta property="article:published_time" content="2024-03-05T10:00:00Z">
            <meta name="author" content="Jane Doe">
            <meta name="description" content="The vote is postponed.">
            """;
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs()}</article>", head);

        var article = extractor.Extract(html, "https://example.com/page");

        Assert.Equal("Council delays budget vote", article.Title);
        Assert.Equal("The Town Gazette", article.SiteName);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal("https://example.com/canonical", article.CanonicalUrl);
        Assert.Equal("https://example.com/img/lead.jpg", article.LeadImageUrl);
        Assert.Equal(new DateTimeOffset(2024, 3, 5, 10, 0, 0, TimeSpan.Zero), article.Published);
        Assert.Equal("The vote is postponed.", article.Excerpt);
    }

    [Theory]
    [InlineData("Council delays the budget vote again | The Town Gazette", "Council delays the budget vote again")]
    [InlineData("Council delays the budget vote again - Gazette", "Council delays the budget vote again")]
    [InlineData("Council delays the budget vote again — Gazette", "Council delays the budget vote again")]
    [InlineData("Budget vote | The Town Gazette", "Budget vote")]
    [InlineData("Daring Fireball: Colophon", "Daring Fireball: Colophon")]
    public void Strips_the_site_name_suffix_from_the_document_title(string title, string expected)
    {
        var head = $"<title>{title}</title><meta property=\"og:site_name\" content=\"The Town Gazette\">";
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs()}</article>", head);

        Assert.Equal(expected, extractor.Extract(html, null).Title);
    }

    [Fact]
    public void Falls_back_to_the_h1_byline_element_and_time()
    {
        var html = "<html><body><article><h1>Council delays budget vote</h1><p class=\"byline\">By Jane Doe</p>"
            + "<time datetime=\"2024-03-05\">5 March</time>" + Pages.ArticleParagraphs() + "</article></body></html>";

        var article = extractor.Extract(html, null);

        Assert.Equal("Council delays budget vote", article.Title);
        Assert.Equal("Jane Doe", article.Byline);
        Assert.Equal(new DateTime(2024, 3, 5), article.Published?.Date);
        Assert.DoesNotContain("Council delays budget vote", article.Paragraphs);
    }
}
