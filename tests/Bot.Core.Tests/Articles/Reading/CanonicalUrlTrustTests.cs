using System.Text;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Tests.Articles.Extraction;

namespace Bot.Core.Tests.Articles.Reading;

/// <summary>
/// The canonical URL a page names is what the article and summary caches are keyed by, so a page may only name
/// an address in its own folder of its own host: otherwise a page could store its text as the article behind
/// someone else's link.
/// </summary>
public sealed class CanonicalUrlTrustTests
{
    private readonly ArticleReader reader = new(new ArticleExtractor(), TestDeadline.Default);

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

    [Theory]
    [InlineData("https://news.example/2024/story-123", "https://news.example/2024/council-delays-budget-vote")]
    [InlineData("https://news.example/2024/story-123/", "https://news.example/2024/story-123")]
    public void A_canonical_url_in_the_same_folder_is_kept(string url, string canonical)
    {
        var article = reader.Read(Page(url, canonical));

        Assert.Equal(canonical, article.PreferredUrl);
    }

    [Theory]
    [InlineData("https://blogs.example/@mallory/council-vote", "https://blogs.example/@alice/council-vote")]
    [InlineData("https://uni.example/~mallory/notes.html", "https://uni.example/~alice/notes.html")]
    [InlineData("https://news.example/story", "https://news.example/other/story")]
    public void A_canonical_url_in_another_folder_of_the_same_host_is_not_trusted(string url, string canonical)
    {
        var article = reader.Read(Page(url, canonical));

        Assert.Null(article.CanonicalUrl);
        Assert.Equal(url, article.PreferredUrl);
    }

    private static FetchedPage Page(string url, string canonical) =>
        new(new Uri(url), MediaTypes.Html, "utf-8", Encoding.UTF8.GetBytes(Pages.Html(
            Pages.ArticleParagraphs(), $"<title>Council delays budget vote</title><link rel=\"canonical\" href=\"{canonical}\">")));
}
