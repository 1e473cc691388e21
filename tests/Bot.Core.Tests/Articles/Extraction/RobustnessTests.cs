using System.Text;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Extraction;

public sealed class RobustnessTests
{
    private readonly ArticleExtractor extractor = new();

    [Fact]
    public void Completes_on_ten_thousand_levels_of_nesting()
    {
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 10_000; i++)
        {
            html.Append(i % 2 == 0 ? "<div>" : "<span>");
        }
        html.Append(Pages.ArticleParagraphs(4));
        var article = extractor.Extract(html.ToString(), null);

        Assert.Contains(Pages.Paragraph(0), article.Text);
    }

    [Fact]
    public void Completes_on_a_five_megabyte_page()
    {
        var html = new StringBuilder("<html><head><title>Big</title></head><body><article>");
        var i = 0;
        while (html.Length < 5 * 1024 * 1024)
        {
            html.Append("<p>").Append(Pages.Paragraph(i++)).Append(" <a href=\"/x\">link</a></p><div class=\"ad\"><span>ad</span></div>");
        }
        html.Append("</article></body></html>");

        var article = extractor.Extract(html.ToString(), null);

        Assert.True(article.Paragraphs.Count > 10_000);
    }

    [Theory]
    [InlineData("<p>")]
    [InlineData("<html><body><p>Hello")]
    [InlineData("<!-- only a comment -->")]
    [InlineData("<svg><text>Some vector text here</text></svg>")]
    [InlineData("\0\0\0<p>\uFFFF\uD800</p>")]
    [InlineData("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":</script><p>x</p>")]
    public void Any_input_gives_an_article_or_not_an_article(string html)
    {
        try
        {
            extractor.Extract(html, "not a url");
        }
        catch (ArticleException e)
        {
            Assert.Equal(ArticleErrorKind.NotAnArticle, e.Kind);
        }
    }

    [Fact]
    public void Is_safe_to_use_from_several_threads()
    {
        var html = Pages.Html($"<article>{Pages.ArticleParagraphs(8)}</article>");
        var expected = extractor.Extract(html, null).Text;

        var texts = Enumerable.Range(0, 32).AsParallel().Select(_ => extractor.Extract(html, null).Text).ToList();

        Assert.All(texts, text => Assert.Equal(expected, text));
    }
}
