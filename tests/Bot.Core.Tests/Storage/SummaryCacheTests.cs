using Bot.Core.Storage;
using Bot.Core.Summaries;

namespace Bot.Core.Tests.Storage;

public sealed class SummaryCacheTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly SummaryCacheKey Key = new("https://example.org/a", SummaryLength.Medium, null, "offline");
    private static readonly Summary Sample = new(["One.", "Two „quoted“.", "Drei."], "offline", ["summary by the offline summarizer"]);

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Round_trip()
    {
        var cache = _db.Summaries();

        await cache.PutAsync(Key, Sample, None);
        var loaded = await cache.GetAsync(Key, None);

        Assert.NotNull(loaded);
        Assert.Equal(Sample.Bullets, loaded.Bullets);
        Assert.Equal(Sample.Notices, loaded.Notices);
        Assert.Equal("offline", loaded.SummarizerId);
    }

    [Fact]
    public async Task Each_part_of_the_key_counts()
    {
        var cache = _db.Summaries();
        await cache.PutAsync(Key, Sample, None);

        Assert.Null(await cache.GetAsync(Key with { Length = SummaryLength.Short }, None));
        Assert.Null(await cache.GetAsync(Key with { Language = "de" }, None));
        Assert.Null(await cache.GetAsync(Key with { SummarizerId = "openai:gpt-4o-mini" }, None));
        Assert.Null(await cache.GetAsync(Key with { ArticleUrl = "https://example.org/b" }, None));
        Assert.NotNull(await cache.GetAsync(Key with { ArticleUrl = "https://EXAMPLE.org/a#top" }, None));
    }

    [Fact]
    public async Task Languages_are_kept_apart_and_compared_without_case()
    {
        var cache = _db.Summaries();
        await cache.PutAsync(Key, Sample, None);
        await cache.PutAsync(Key with { Language = "de" }, Sample with { Bullets = ["Eins."] }, None);

        Assert.Equal(["One.", "Two „quoted“.", "Drei."], (await cache.GetAsync(Key, None))!.Bullets);
        Assert.Equal(["Eins."], (await cache.GetAsync(Key with { Language = "DE" }, None))!.Bullets);
        Assert.Equal(2L, _db.Count("summaries"));
    }

    [Fact]
    public async Task Putting_the_same_key_again_replaces_it()
    {
        var cache = _db.Summaries();
        await cache.PutAsync(Key, Sample, None);
        await cache.PutAsync(Key, Sample with { Bullets = ["Newer."] }, None);

        Assert.Equal(["Newer."], (await cache.GetAsync(Key, None))!.Bullets);
        Assert.Equal(1L, _db.Count("summaries"));
    }

    [Fact]
    public async Task Expires_after_the_ttl()
    {
        var cache = _db.Summaries();
        await cache.PutAsync(Key, Sample, None);

        _db.Time.Advance(_db.Options.SummaryTtl - TimeSpan.FromMilliseconds(1));
        Assert.NotNull(await cache.GetAsync(Key, None));

        _db.Time.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Null(await cache.GetAsync(Key, None));
    }
}
