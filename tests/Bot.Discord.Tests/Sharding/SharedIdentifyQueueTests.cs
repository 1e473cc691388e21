using Bot.Discord.Tests.Fakes;
using Bot.Redis;
using Bot.Testing.Discord;
using Bot.Testing.Redis;
using Microsoft.Extensions.Hosting;

namespace Bot.Discord.Tests.Sharding;

/// <summary>Two processes of the bot on one Redis-protocol server (Garnet) share the identify buckets.</summary>
public sealed class SharedIdentifyQueueTests
{
    [Fact]
    public async Task Two_hosts_on_one_store_with_max_concurrency_1_identify_one_window_apart()
    {
        using var redis = TestRedisServer.Start();
        var prefix = redis.NewPrefix();
        var window = TimeSpan.FromSeconds(2);
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 1);
        void Store(IHostApplicationBuilder builder)
        {
            builder.Configuration["Storage:Provider"] = "redis";
            builder.Configuration["Storage:Redis"] = redis.ConfigurationString;
            builder.Configuration["Storage:KeyPrefix"] = prefix;
            builder.AddRedisStorage();
        }

        await using var first = await DiscordBotHarness.StartAsync(
            ShardedGatewayTests.Sharded(4, window.ToString(), ids: "0-1"), sharedDiscord: discord, storage: Store);
        await using var second = await DiscordBotHarness.StartAsync(
            ShardedGatewayTests.Sharded(4, window.ToString(), ids: "2-3"), sharedDiscord: discord, storage: Store);

        await discord.ConnectShardsReadyAsync(4);

        // Turns are granted before connecting, so an IDENTIFY reaches Discord after a connect and a HELLO that take
        // their own (loaded-machine) time; without the shared queue, shards 0 and 2 would arrive together.
        var identifies = discord.Identifies.OrderBy(i => i.At).ToList();
        Assert.Equal([0, 1, 2, 3], identifies.Select(i => i.ShardId).Order());
        for (var i = 1; i < identifies.Count; i++)
            Assert.True(identifies[i].At - identifies[i - 1].At >= window / 2,
                $"shard {identifies[i].ShardId} identified {identifies[i].At - identifies[i - 1].At} after shard {identifies[i - 1].ShardId}");
    }
}
