using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Redis.Tests;

/// <summary>What only the shared store does: TTLs instead of pruning, budgets and turns shared by instances.</summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "RedisStore")]
public sealed class RedisStoreTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly string _prefix = redis.Server.NewPrefix();
    private readonly List<StoreHost> _hosts = [];
    private ConnectionMultiplexer _direct = null!;

    public async Task InitializeAsync() => _direct = await ConnectionMultiplexer.ConnectAsync(redis.Server.ConfigurationString);

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        await _direct.DisposeAsync();
    }

    private async Task<StoreHost> InstanceAsync(params (string Key, string Value)[] overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Redis"] = redis.Server.ConfigurationString,
            ["Storage:KeyPrefix"] = _prefix,
        };
        foreach (var (key, value) in overrides)
        {
            settings[key] = value;
        }
        var host = await StoreHost.StartAsync(StorageOptions.Redis, settings);
        _hosts.Add(host);
        return host;
    }

    private IDatabase Db => _direct.GetDatabase();

    [Fact]
    public async Task Every_key_lives_under_the_prefix_and_expires_by_its_configured_ttl()
    {
        var host = await InstanceAsync(("Storage:ArticleTtl", "02:00:00"), ("Storage:SummaryTtl", "03:00:00"), ("Storage:EventRetention", "04:00:00"));
        await host.Articles.PutAsync("https://news.example.org/story?id=7", StoreContractTests.Sample(), None);
        await host.Summaries.PutAsync(new SummaryCacheKey("https://news.example.org/story", SummaryLength.Short, null, "offline"),
            new Summary(["One."], "offline", []), None);
        await host.Events.TryRecordAsync("slack", "Ev1", None);
        await host.RecentLinks.RecordAsync(new Conversation("slack", "C1", "1.1"), "https://a.example/1", None);
        await host.RateLimiter.AdmitAsync(new Conversation("slack", "C1"), "U1", None);

        var server = _direct.GetServer(_direct.GetEndPoints()[0]);
        var keys = server.Keys(pattern: _prefix + "*").Select(k => (string)k!).ToList();
        Assert.Equal(8, keys.Count); // article + one alias, summary, event, thread list + channel latest, two buckets
        foreach (var key in keys)
        {
            var ttl = await Db.KeyTimeToLiveAsync(key);
            Assert.True(ttl is not null, $"{key} has no TTL");
            var expected = key[_prefix.Length..].Split(':')[0] switch
            {
                "article" or "article-alias" => TimeSpan.FromHours(2),
                "summary" => TimeSpan.FromHours(3),
                "event" => TimeSpan.FromHours(4),
                "links" or "links-latest" => TimeSpan.FromDays(30),
                _ => TimeSpan.FromSeconds(12), // a rate bucket lives until it would be full again (+1 s)
            };
            Assert.InRange(ttl!.Value, expected - TimeSpan.FromMinutes(1), expected);
        }
    }

    [Fact]
    public async Task A_users_budget_is_shared_by_two_instances()
    {
        var one = await InstanceAsync(("Chat:UserRequestsPerMinute", "4"));
        var two = await InstanceAsync(("Chat:UserRequestsPerMinute", "4"));

        var results = new List<bool>();
        for (var i = 0; i < 6; i++)
        {
            results.Add((await (i % 2 == 0 ? one : two).RateLimiter.AdmitAsync(new Conversation("slack", $"C{i}"), "U1", None)).Admitted);
        }

        Assert.Equal([true, true, true, true, false, false], results);
    }

    [Fact]
    public async Task The_second_instance_waits_its_turn_until_the_first_ends_its_own()
    {
        var one = await InstanceAsync();
        var two = await InstanceAsync();

        var first = await one.Locks.WaitTurnAsync("article|https://a.example/1", None);
        var second = two.Locks.WaitTurnAsync("article|https://a.example/1", None);
        var other = await two.Locks.WaitTurnAsync("article|https://a.example/2", None);
        await Task.Delay(200);
        Assert.False(second.IsCompleted);

        await first.DisposeAsync();
        await using var turn = await second.WaitAsync(TimeSpan.FromSeconds(5));
        await other.DisposeAsync();
    }

    [Fact]
    public async Task A_crashed_holders_turn_expires_by_the_lock_ttl()
    {
        var one = await InstanceAsync(("Storage:WorkLockTtl", "00:00:01"));
        var two = await InstanceAsync(("Storage:WorkLockTtl", "00:00:01"));

        _ = await one.Locks.WaitTurnAsync("work", None); // never released, as if the instance died
        var started = DateTimeOffset.UtcNow;
        await using var turn = await two.Locks.WaitTurnAsync("work", None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.InRange(DateTimeOffset.UtcNow - started, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task An_unreadable_cached_record_is_a_miss()
    {
        var host = await InstanceAsync();
        await Db.StringSetAsync(_prefix + "article:https://news.example.org/broken", "{not json");

        Assert.Null(await host.Articles.GetAsync("https://news.example.org/broken", None));
        Assert.Contains(host.Logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("could not be read"));
    }
}
