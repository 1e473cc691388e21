using System.Diagnostics;
using Bot.Core.Coordination;
using Bot.Core.Storage;
using Bot.Redis.Coordination;
using Bot.Testing.Redis;

namespace Bot.Redis.Tests;

/// <summary>Discord REST limits shared by processes: two hosts on one server are two processes of the bot.</summary>
[Collection(RedisCollection.Name)]
[Trait("Category", "RedisStore")]
public sealed class RedisRestRateLimitsTests(RedisServerFixture redis) : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;

    /// <summary>Timers and key expiry may end a wait a few milliseconds before the stopwatch says.</summary>
    private static readonly TimeSpan ClockSlack = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan Quick = TimeSpan.FromSeconds(5);
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

    private async Task<ISharedRestRateLimits> ProcessAsync(string? configuration = null)
    {
        var host = await StoreHost.StartAsync(StorageOptions.Redis, new Dictionary<string, string?>
        {
            ["Storage:Redis"] = configuration ?? redis.Server.ConfigurationString,
            ["Storage:KeyPrefix"] = _prefix,
        });
        _hosts.Add(host);
        var limits = host.Get<ISharedRestRateLimits>();
        Assert.IsType<RedisRestRateLimits>(limits);
        return limits;
    }

    [Fact]
    public async Task Two_processes_together_send_no_more_than_the_limit_in_any_one_second()
    {
        const int perSecond = 5;
        var first = await ProcessAsync();
        var second = await ProcessAsync();

        var clock = Stopwatch.StartNew();
        var requests = new System.Collections.Concurrent.ConcurrentBag<(TimeSpan Asked, TimeSpan Granted)>();
        async Task SendAsync(ISharedRestRateLimits process, int count)
        {
            for (var i = 0; i < count; i++)
            {
                var asked = clock.Elapsed;
                await process.WaitGlobalAsync(perSecond, None).WaitAsync(Quick);
                requests.Add((asked, clock.Elapsed));
            }
        }
        await Task.WhenAll(SendAsync(first, 6), SendAsync(second, 6));

        // The server grants each request somewhere between its asking and its answer here, so any 6 requests (the
        // limit + 1) must span at least a second from the first asked to the last answered, however late this
        // loaded test process sees the answers.
        var byGrant = requests.OrderBy(r => r.Granted).ToList();
        Assert.Equal(12, byGrant.Count);
        Assert.True(byGrant[4].Granted < TimeSpan.FromSeconds(1) - ClockSlack, $"the first {perSecond} requests took {byGrant[4].Granted}");
        for (var i = perSecond; i < byGrant.Count; i++)
        {
            var firstAsked = byGrant.Skip(i - perSecond).Take(perSecond + 1).Min(r => r.Asked);
            Assert.True(byGrant[i].Granted - firstAsked >= TimeSpan.FromSeconds(1) - ClockSlack,
                $"requests {i - perSecond} to {i} were granted within {byGrant[i].Granted - firstAsked}");
        }
    }

    [Fact]
    public async Task A_global_429_in_one_process_pauses_the_other()
    {
        var first = await ProcessAsync();
        var second = await ProcessAsync();

        var clock = Stopwatch.StartNew();
        await first.PauseGlobalAsync(TimeSpan.FromMilliseconds(800), None);
        await first.PauseGlobalAsync(TimeSpan.FromMilliseconds(100), None);
        await second.WaitGlobalAsync(50, None).WaitAsync(Quick);

        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(800) - ClockSlack, $"the other process sent after {clock.Elapsed}");
    }

    [Fact]
    public async Task A_bucket_spent_in_one_process_holds_the_other_until_it_resets()
    {
        var first = await ProcessAsync();
        var second = await ProcessAsync();

        var clock = Stopwatch.StartNew();
        await first.UpdateBucketAsync("abc:42", remaining: 0, TimeSpan.FromMilliseconds(700), None);
        await second.WaitBucketAsync("abc:42", None).WaitAsync(Quick);
        var held = clock.Elapsed;
        await second.WaitBucketAsync("other:42", None).WaitAsync(Quick);

        Assert.True(held >= TimeSpan.FromMilliseconds(700) - ClockSlack, $"the other process entered after {held}");
        Assert.True(clock.Elapsed - held < TimeSpan.FromMilliseconds(300), "another bucket is not held");
    }

    [Fact]
    public async Task Requests_taken_by_processes_count_down_what_a_response_said_was_left()
    {
        var first = await ProcessAsync();
        var second = await ProcessAsync();
        await first.UpdateBucketAsync("abc:7", remaining: 2, TimeSpan.FromSeconds(30), None);

        await first.WaitBucketAsync("abc:7", None).WaitAsync(Quick);
        await second.WaitBucketAsync("abc:7", None).WaitAsync(Quick);
        // A late response from before those two still says 2: the lower count of the same window stands.
        await first.UpdateBucketAsync("abc:7", remaining: 2, TimeSpan.FromSeconds(29), None);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var third = second.WaitBucketAsync("abc:7", cancel.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => third.WaitAsync(Quick));
    }

    [Fact]
    public async Task A_response_from_the_next_window_starts_the_bucket_afresh()
    {
        var first = await ProcessAsync();
        await first.UpdateBucketAsync("abc:8", remaining: 0, TimeSpan.FromMilliseconds(400), None);

        await first.UpdateBucketAsync("abc:8", remaining: 4, TimeSpan.FromSeconds(5), None);

        await first.WaitBucketAsync("abc:8", None).WaitAsync(TimeSpan.FromMilliseconds(300));
    }

    [Fact]
    public async Task A_bucket_id_learned_by_one_process_is_known_to_the_other()
    {
        var first = await ProcessAsync();
        var second = await ProcessAsync();
        Assert.Null(await second.FindBucketIdAsync("POST channels/{channel_id}/messages", None));

        await first.RememberBucketIdAsync("POST channels/{channel_id}/messages", "80c17d2f203122d936070c88c8d10f33", None);

        Assert.Equal("80c17d2f203122d936070c88c8d10f33", await second.FindBucketIdAsync("POST channels/{channel_id}/messages", None));
    }

    [Fact]
    public async Task With_the_server_down_nothing_waits_on_it()
    {
        using var server = TestRedisServer.StartGarnet();
        var endpoint = server.ConfigurationString;
        server.Stop();
        var limits = await ProcessAsync(endpoint + ",connectTimeout=500");

        await limits.PauseGlobalAsync(TimeSpan.FromSeconds(30), None);
        await limits.UpdateBucketAsync("abc:9", 0, TimeSpan.FromSeconds(30), None);
        await limits.RememberBucketIdAsync("GET gateway/bot", "b", None);

        await limits.WaitGlobalAsync(1, None).WaitAsync(Quick);
        await limits.WaitGlobalAsync(1, None).WaitAsync(Quick);
        await limits.WaitBucketAsync("abc:9", None).WaitAsync(Quick);
        Assert.Null(await limits.FindBucketIdAsync("GET gateway/bot", None));
    }
}
