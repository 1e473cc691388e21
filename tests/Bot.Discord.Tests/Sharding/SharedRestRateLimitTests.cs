using Bot.Discord.Tests.Fakes;
using Bot.Redis;
using Bot.Testing.Discord;
using Bot.Testing.Redis;
using Microsoft.Extensions.Hosting;

namespace Bot.Discord.Tests.Sharding;

/// <summary>
/// Two processes of the bot (hosts running shard 0 and shard 1 of 2) on one Redis-protocol server (Garnet) keep
/// Discord's REST limits together: what one learns from a response holds the other's requests.
/// </summary>
public sealed class SharedRestRateLimitTests : IAsyncLifetime
{
    private const string FirstChannel = "390000000000000001";
    private const string SecondChannel = "390000000000000002";

    private TestRedisServer _redis = null!;
    private FakeDiscord _discord = null!;
    private DiscordBotHarness _first = null!;
    private DiscordBotHarness _second = null!;
    private IReadOnlyDictionary<int, FakeGatewayConnection> _shards = null!;

    public async Task InitializeAsync()
    {
        _redis = TestRedisServer.Start();
        var prefix = _redis.NewPrefix();
        _discord = await FakeDiscord.StartAsync();
        void Store(IHostApplicationBuilder builder)
        {
            builder.Configuration["Storage:Provider"] = "redis";
            builder.Configuration["Storage:Redis"] = _redis.ConfigurationString;
            builder.Configuration["Storage:KeyPrefix"] = prefix;
            builder.AddRedisStorage();
        }
        _first = await DiscordBotHarness.StartAsync(ShardedGatewayTests.Sharded(2, ids: "0"), sharedDiscord: _discord, storage: Store);
        _second = await DiscordBotHarness.StartAsync(ShardedGatewayTests.Sharded(2, ids: "1"), sharedDiscord: _discord, storage: Store);
        _shards = await _discord.ConnectShardsReadyAsync(2);
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await _discord.DisposeAsync();
        _redis.Dispose();
    }

    [Fact]
    public async Task A_global_429_answered_to_one_process_pauses_the_other()
    {
        _discord.Script(r => IsCreateMessage(r, FirstChannel), new FakeResponse(429,
            """{"message":"You are being rate limited.","retry_after":1.0,"global":true}""",
            new Dictionary<string, string> { ["X-RateLimit-Global"] = "true", ["X-RateLimit-Scope"] = "global", ["Retry-After"] = "1" }));

        await SendLinkAsync(shard: 0, FirstChannel, "1250000000000000101");
        var limited = await _discord.NextRequestAsync(r => IsCreateMessage(r, FirstChannel));
        Assert.Equal(429, limited.Status);
        await ShardedGatewayTests.WaitUntilAsync(() => _first.Logs.Lines.Any(l => l.Contains("Discord rate limit on", StringComparison.Ordinal)));

        await SendLinkAsync(shard: 1, SecondChannel, "1250000000000000102");
        var other = await _discord.NextRequestAsync(r => r.Path.Contains(SecondChannel, StringComparison.Ordinal));

        Assert.True(other.At - limited.At >= TimeSpan.FromMilliseconds(900),
            $"the other process sent {other} {(other.At - limited.At).TotalMilliseconds:F0} ms after the global 429");
    }

    [Fact]
    public async Task A_route_bucket_spent_by_one_process_holds_the_others_requests_on_it_until_it_resets()
    {
        _discord.Script(r => IsCreateMessage(r, FirstChannel), new FakeResponse(200, """{"id":"900000000000000002"}""",
            new Dictionary<string, string>
            {
                ["X-RateLimit-Bucket"] = "80c17d2f203122d936070c88c8d10f33",
                ["X-RateLimit-Limit"] = "5",
                ["X-RateLimit-Remaining"] = "0",
                ["X-RateLimit-Reset-After"] = "1.2",
            }));

        await SendLinkAsync(shard: 0, FirstChannel, "1250000000000000103");
        var spent = await _discord.NextRequestAsync(r => IsCreateMessage(r, FirstChannel));
        await ShardedGatewayTests.WaitUntilAsync(() => _first.Logs.Lines.Any(l => l.Contains("answered 200 (remaining 0)", StringComparison.Ordinal)));

        // The same channel through the other process: the bucket id and its spent window come from the store.
        await SendLinkAsync(shard: 1, FirstChannel, "1250000000000000104");
        var held = await _discord.NextRequestAsync(r => IsCreateMessage(r, FirstChannel));

        Assert.True(held.At - spent.At >= TimeSpan.FromMilliseconds(1100),
            $"the other process posted {(held.At - spent.At).TotalMilliseconds:F0} ms after the bucket was spent");
        Assert.Equal(200, held.Status);
    }

    private Task SendLinkAsync(int shard, string channelId, string messageId) =>
        _shards[shard].SendAsync(DiscordFrames.Message(
            2, messageId, $"https://example.com/{messageId}", channelId: channelId, guildId: FakeDiscord.GuildIdOnShard(shard, 2)));

    private static bool IsCreateMessage(RecordedRequest request, string channelId) =>
        request.Method == "POST" && request.Path == $"/api/v10/channels/{channelId}/messages";
}
