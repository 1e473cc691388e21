using Bot.Core.Articles;
using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Core.Summaries;

namespace Bot.Redis.Tests;

/// <summary>What every store promises the bot, run against SQLite and against Redis alike. Each test starts two
/// instances (hosts) on one store where sharing matters.</summary>
public abstract class StoreContractTests : IAsyncLifetime
{
    protected static readonly CancellationToken None = CancellationToken.None;
    private readonly List<StoreHost> _hosts = [];

    /// <summary>The settings under which every instance of one test shares its store.</summary>
    protected abstract string Provider { get; }

    protected abstract Dictionary<string, string?> SharedSettings();

    private Dictionary<string, string?> _settings = null!;

    public Task InitializeAsync()
    {
        _settings = SharedSettings();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        CleanUp();
    }

    protected virtual void CleanUp()
    {
    }

    /// <summary>A new instance on this test's store.</summary>
    private protected async Task<StoreHost> InstanceAsync(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>(_settings);
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        var host = await StoreHost.StartAsync(Provider, settings);
        _hosts.Add(host);
        return host;
    }

    internal static Article Sample(string url = "https://news.example.org/story?id=7", string? canonical = "https://news.example.org/story") =>
        new(url, "A “quoted” title — ünïcode", ["First paragraph.", "Second paragraph, with \"quotes\".", "三番目の段落。"])
        {
            CanonicalUrl = canonical,
            Byline = "Ada Writer",
            SiteName = "Example News",
            Published = new DateTimeOffset(2026, 2, 27, 8, 30, 0, TimeSpan.FromHours(1)),
            Language = "en",
        };

    [Fact]
    public async Task An_article_is_found_by_the_url_asked_for_and_by_its_canonical_url_from_another_instance()
    {
        var one = await InstanceAsync();
        var two = await InstanceAsync();
        var article = Sample();

        await one.Articles.PutAsync("HTTPS://News.Example.org:443/story?id=7#top", article, None);

        var byCanonical = await two.Articles.GetAsync("https://news.example.org/story", None);
        var byAsked = await two.Articles.GetAsync("https://news.example.org/story?id=7", None);
        Assert.NotNull(byCanonical);
        Assert.Equal(article with { Paragraphs = byCanonical.Paragraphs }, byCanonical);
        Assert.Equal(article.Paragraphs, byCanonical.Paragraphs);
        Assert.Equal(byCanonical.Paragraphs, byAsked!.Paragraphs);
        Assert.Null(await two.Articles.GetAsync("https://news.example.org/other", None));
    }

    [Fact]
    public async Task A_summary_is_shared_by_key_and_the_language_is_compared_without_case()
    {
        var one = await InstanceAsync();
        var two = await InstanceAsync();
        var summary = new Summary(["One.", "Two."], "offline", ["a notice"]) { KeyQuotes = [] };
        var key = new SummaryCacheKey("https://news.example.org/story", SummaryLength.Short, "FR", "offline");

        await one.Summaries.PutAsync(key, summary, None);

        var loaded = await two.Summaries.GetAsync(key with { Language = " fr" }, None);
        Assert.Equal(summary.Bullets, loaded!.Bullets);
        Assert.Equal(summary.Notices, loaded.Notices);
        Assert.NotNull(loaded.KeyQuotes);
        Assert.Null(await two.Summaries.GetAsync(key with { Length = SummaryLength.Long }, None));
        Assert.Null(await two.Summaries.GetAsync(key with { Language = null }, None));
        Assert.Null(await two.Summaries.GetAsync(key with { SummarizerId = "openai:x" }, None));
    }

    [Fact]
    public async Task The_latest_link_is_the_threads_own_else_the_latest_anywhere_in_the_channel()
    {
        var one = await InstanceAsync(("Storage:RecentLinksPerConversation", "2"));
        var two = await InstanceAsync(("Storage:RecentLinksPerConversation", "2"));
        var top = new Conversation("slack", "C1");
        var thread = top with { ThreadId = "111.1" };
        var otherThread = top with { ThreadId = "222.2" };

        await one.RecentLinks.RecordAsync(top, "https://a.example/1", None);
        await one.RecentLinks.RecordAsync(thread, "https://a.example/2", None);
        await two.RecentLinks.RecordAsync(thread, "https://a.example/3", None);
        await two.RecentLinks.RecordAsync(thread, "https://a.example/2", None);

        Assert.Equal("https://a.example/2", await one.RecentLinks.GetLatestAsync(thread, None));
        Assert.Equal("https://a.example/2", await two.RecentLinks.GetLatestAsync(top, None));
        Assert.Equal("https://a.example/2", await two.RecentLinks.GetLatestAsync(otherThread, None));
        Assert.Null(await two.RecentLinks.GetLatestAsync(new Conversation("slack", "C2"), None));
        Assert.Null(await two.RecentLinks.GetLatestAsync(new Conversation("discord", "C1"), None));
    }

    [Fact]
    public async Task Of_fifty_deliveries_of_one_event_to_two_instances_exactly_one_is_recorded()
    {
        var one = await InstanceAsync();
        var two = await InstanceAsync();
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50)
            .Select(i => Task.Run(async () =>
            {
                start.Wait(TimeSpan.FromSeconds(10));
                return await (i % 2 == 0 ? one : two).Events.TryRecordAsync("slack", "Ev0123", None);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r);
        Assert.True(await one.Events.TryRecordAsync("discord", "Ev0123", None));
        Assert.True(await two.Events.TryRecordAsync("slack", "Ev0124", None));
    }

    [Fact]
    public async Task A_user_gets_the_configured_budget_then_a_wait_and_a_busy_channel_spends_no_user_budget()
    {
        var host = await InstanceAsync(("Chat:UserRequestsPerMinute", "3"), ("Chat:ChannelRequestsPerMinute", "4"));
        var limiter = host.RateLimiter;
        var here = new Conversation("slack", "C1");

        for (var i = 0; i < 3; i++)
        {
            Assert.True((await limiter.AdmitAsync(here, "U1", None)).Admitted);
        }
        var refused = await limiter.AdmitAsync(here, "U1", None);
        Assert.False(refused.Admitted);
        Assert.InRange(refused.RetryAfter, TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(20));

        Assert.True((await limiter.AdmitAsync(here, "U2", None)).Admitted);
        var channelFull = await limiter.AdmitAsync(here, "U3", None);
        Assert.False(channelFull.Admitted);
        Assert.InRange(channelFull.RetryAfter, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(15));
        // U3 was refused by the channel, so elsewhere U3 still has a full budget.
        for (var i = 0; i < 3; i++)
        {
            Assert.True((await limiter.AdmitAsync(new Conversation("slack", "C2"), "U3", None)).Admitted);
        }
    }
}

public sealed class SqliteStoreContractTests : StoreContractTests
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-contract-tests", Guid.NewGuid().ToString("N"));

    protected override string Provider => StorageOptions.Sqlite;

    protected override Dictionary<string, string?> SharedSettings() => new() { ["Storage:DatabasePath"] = Path.Combine(_folder, "bot.db") };

    protected override void CleanUp()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}

[Collection(RedisCollection.Name)]
[Trait("Category", "RedisStore")]
public sealed class RedisStoreContractTests(RedisServerFixture redis) : StoreContractTests
{
    protected override string Provider => StorageOptions.Redis;

    protected override Dictionary<string, string?> SharedSettings() => new()
    {
        ["Storage:Redis"] = redis.Server.ConfigurationString,
        ["Storage:KeyPrefix"] = redis.Server.NewPrefix(),
    };
}
