using System.Text;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Tests.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Reading;

/// <summary>
/// The canonical URL a page names is what the article and summary caches are keyed by, so a page may only name
/// an address on its own host: otherwise any page could store its text as the article behind someone else's link.
/// </summary>
public sealed class CanonicalUrlTrustTests
{
    private readonly ArticleReader reader = new(new ArticleExtractor());

    [Fact]
    public void A_canonical_url_on_another_host_is_not_trusted()
    {
        var article = reader.Read(Page("https://evil.example/post", "https://news.example/real-story"));

        Assert.Null(article.CanonicalUrl);
        Assert.Equal("https://evil.example/post", article.PreferredUrl);
    }

    [Fact]
    public void A_canonical_url_on_the_same_host_is_kept()
    {
        var article = reader.Read(Page("https://news.example/real-story?utm_source=x", "https://NEWS.example/real-story"));

        Assert.Equal("https://news.example/real-story", new Uri(article.PreferredUrl).AbsoluteUri);
    }

    private static FetchedPage Page(string url, string canonical) =>
        new(new Uri(url), MediaTypes.Html, "utf-8", Encoding.UTF8.GetBytes(Pages.Html(
            Pages.ArticleParagraphs(), $"<title>Council delays budget vote</title><link rel=\"canonical\" href=\"{canonical}\">")));
}
