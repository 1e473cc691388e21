using Bot.Core.Articles;

namespace Bot.Core.Tests.Storage;

public sealed class ArticleCacheTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private static Article Sample(string url = "https://news.example.org/story?id=7", string? canonical = "https://news.example.org/story") =>
        new(url, "A “quoted” title — ünïcode", ["First paragraph.", "Second paragraph, with \"quotes\".", "三番目の段落。"])
        {
            CanonicalUrl = canonical,
            Byline = "Ada Writer",
            SiteName = "Example News",
            Published = new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.FromHours(1)),
            Language = "en",
            LeadImageUrl = "https://news.example.org/lead.jpg",
            Excerpt = "An excerpt.",
        };

    [Fact]
    public async Task Round_trip_keeps_every_field()
    {
        var cache = _db.Articles();
        var article = Sample();

        await cache.PutAsync(article.Url, article, None);
        var loaded = await cache.GetAsync("https://news.example.org/story", None);

        Assert.NotNull(loaded);
        Assert.Equal(article.Paragraphs, loaded.Paragraphs);
        Assert.Equal(article with { Paragraphs = loaded.Paragraphs }, loaded);
        Assert.Equal(article.Published, loaded.Published);
        Assert.Equal(article.ReadingMinutes, loaded.ReadingMinutes);
    }

    [Fact]
    public async Task Derived_properties_are_not_stored()
    {
        var article = Sample();
        await _db.Articles().PutAsync(article.Url, article, None);

        var json = (string)_db.Scalar("SELECT json FROM articles;")!;

        Assert.Contains("\"paragraphs\"", json);
        Assert.DoesNotContain("\"text\"", json);
        Assert.DoesNotContain("\"wordCount\"", json);
        Assert.DoesNotContain("\"preferredUrl\"", json);
    }

    [Fact]
    public async Task Found_by_the_requested_url_the_read_url_and_the_canonical_url()
    {
        var cache = _db.Articles();
        var article = Sample(url: "https://news.example.org/story?id=7&utm=x");

        await cache.PutAsync("https://short.example/abc", article, None);

        Assert.Equal(1L, _db.Count("articles"));
        Assert.Equal(2L, _db.Count("article_aliases"));
        foreach (var url in new[] { "https://short.example/abc", "https://news.example.org/story?id=7&utm=x", "https://news.example.org/story" })
        {
            Assert.Equal(article.Title, (await cache.GetAsync(url, None))?.Title);
        }

        Assert.Null(await cache.GetAsync("https://news.example.org/other", None));
    }

    [Theory]
    [InlineData("https://NEWS.Example.org/story")]
    [InlineData("https://news.example.org:443/story")]
    [InlineData("https://news.example.org/story#:~:text=First")]
    [InlineData("  https://news.example.org/story ")]
    public async Task Lookup_ignores_host_case_default_port_fragment_and_spaces(string asked)
    {
        var cache = _db.Articles();
        await cache.PutAsync("https://news.example.org/story", Sample(), None);

        Assert.NotNull(await cache.GetAsync(asked, None));
    }

    [Fact]
    public async Task Article_without_canonical_is_stored_under_its_url()
    {
        var cache = _db.Articles();
        var article = Sample(canonical: null);

        await cache.PutAsync(article.Url, article, None);

        Assert.Equal(0L, _db.Count("article_aliases"));
        Assert.Equal(article.Url, (await cache.GetAsync(article.Url, None))?.Url);
    }

    [Fact]
    public async Task Expires_after_the_ttl()
    {
        var cache = _db.Articles();
        await cache.PutAsync("https://short.example/abc", Sample(), None);

        _db.Time.Advance(_db.Options.ArticleTtl - TimeSpan.FromSeconds(1));
        Assert.NotNull(await cache.GetAsync("https://short.example/abc", None));

        _db.Time.Advance(TimeSpan.FromSeconds(1));
        Assert.Null(await cache.GetAsync("https://short.example/abc", None));
        Assert.Null(await cache.GetAsync("https://news.example.org/story", None));
    }

    [Fact]
    public async Task Putting_again_replaces_and_restarts_the_ttl()
    {
        var cache = _db.Articles();
        await cache.PutAsync("https://news.example.org/story", Sample(), None);
        _db.Time.Advance(TimeSpan.FromHours(20));

        await cache.PutAsync("https://news.example.org/story", Sample() with { Title = "Updated" }, None);
        _db.Time.Advance(TimeSpan.FromHours(20));

        Assert.Equal("Updated", (await cache.GetAsync("https://news.example.org/story", None))?.Title);
    }

    [Fact]
    public async Task An_unreadable_row_is_a_miss_not_a_crash()
    {
        var cache = _db.Articles();
        await cache.PutAsync("https://news.example.org/story", Sample(), None);
        _db.Scalar("UPDATE articles SET json = '{\"url\": 5';");

        Assert.Null(await cache.GetAsync("https://news.example.org/story", None));
    }
}
