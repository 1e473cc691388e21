using System.Diagnostics;
using Bot.Core.Coordination;
using Bot.Core.Storage;
using Bot.Redis.Coordination;
using Bot.Testing.Redis;

namespace Bot.Redis.Tests;

/// <summary>Discord identify turns shared by processes: two hosts on one server are two processes of the bot.</summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "RedisStore")]
public sealed class RedisIdentifyQueueTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Timers and key expiry may end a wait a few milliseconds before the stopwatch says.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(50);
    private readonly string _prefix = redis.Server.NewPrefix();
    private readonly List<StoreHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<IIdentifyQueue> ProcessAsync(string? configuration = null)
    {
        var host = await StoreHost.StartAsync(StorageOptions.Redis, new Dictionary<string, string?>
        {
            ["Storage:Redis"] = configuration ?? redis.Server.ConfigurationString,
            ["Storage:KeyPrefix"] = _prefix,
        });
        _hosts.Add(host);
        var queue = host.Get<IIdentifyQueue>();
        Assert.IsType<RedisIdentifyQueue>(queue);
        return queue;
    }

    [Fact]
    public async Task A_second_process_in_the_same_bucket_waits_out_the_first_ones_window()
    {
        var window = TimeSpan.FromSeconds(2);
        var first = await ProcessAsync();
        var second = await ProcessAsync();

        var clock = Stopwatch.StartNew();
        await first.WaitTurnAsync(0, 2, window, None).WaitAsync(TimeSpan.FromSeconds(5));
        // Shard 2 is in shard 0's bucket when max_concurrency is 2.
        await second.WaitTurnAsync(2, 2, window, None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.True(clock.Elapsed >= window - ClockSlack, $"second turn came {clock.Elapsed} after the first was asked for");
    }

    [Fact]
    public async Task Processes_in_different_buckets_identify_at_once()
    {
        var window = TimeSpan.FromSeconds(10);
        var first = await ProcessAsync();
        var second = await ProcessAsync();

        var clock = Stopwatch.StartNew();
        await first.WaitTurnAsync(0, 2, window, None).WaitAsync(TimeSpan.FromSeconds(5));
        await second.WaitTurnAsync(1, 2, window, None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < window / 2, $"both turns took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_wait_for_another_processes_turn_ends_when_cancelled()
    {
        var window = TimeSpan.FromSeconds(30);
        var first = await ProcessAsync();
        var second = await ProcessAsync();
        await first.WaitTurnAsync(0, 1, window, None);

        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var waiting = second.WaitTurnAsync(1, 1, window, cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task With_the_server_down_the_process_paces_its_own_shards()
    {
        using var server = TestRedisServer.StartGarnet();
        var endpoint = server.ConfigurationString;
        server.Stop();
        var window = TimeSpan.FromSeconds(1);
        var queue = await ProcessAsync(endpoint + ",connectTimeout=500");

        var clock = Stopwatch.StartNew();
        await queue.WaitTurnAsync(0, 1, window, None).WaitAsync(TimeSpan.FromSeconds(5));
        await queue.WaitTurnAsync(1, 1, window, None).WaitAsync(TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed >= window - ClockSlack, $"second turn came {clock.Elapsed} after the first was asked for");
    }
}
