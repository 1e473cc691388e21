using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Sharding;

public sealed class ShardedGatewayTests
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task Without_a_shard_count_the_bot_runs_discords_recommendation_each_shard_identifying_with_its_array()
    {
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.RecommendedShards = 3;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 3);
        await using var bot = await DiscordBotHarness.StartAsync(sharedDiscord: discord);

        var shards = await discord.ConnectShardsReadyAsync(3);

        Assert.Equal([0, 1, 2], shards.Keys.Order());
        Assert.All(discord.Identifies, i => Assert.Equal(3, i.ShardCount));
        Assert.All(shards.Values, c => Assert.Equal("/gateway", c.Path));
        await WaitUntilAsync(() => bot.Shards.Shards.All(s => s.State == GatewayState.Ready));
        Assert.False(await discord.ConnectsAgainWithinAsync(Quiet));
    }

    [Fact]
    public async Task With_max_concurrency_1_identifies_are_five_seconds_apart()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.Clock = time;
        await using var bot = await DiscordBotHarness.StartAsync(Sharded(count: 4, window: "00:00:05"), time, discord);

        for (var turn = 0; turn < 4; turn++)
        {
            if (turn > 0)
            {
                Assert.False(await discord.ConnectsAgainWithinAsync(Quiet), $"shard connected before its turn {turn}");
                time.Advance(TimeSpan.FromSeconds(5));
            }
            await discord.ConnectReadyAsync(heartbeatMs: 600_000);
        }

        var identifies = discord.Identifies;
        Assert.Equal([0, 1, 2, 3], identifies.Select(i => i.ShardId).Order());
        for (var i = 1; i < identifies.Count; i++)
            Assert.True(identifies[i].At - identifies[i - 1].At >= TimeSpan.FromSeconds(5), $"identify {i} came {identifies[i].At - identifies[i - 1].At} after the previous one");
    }

    [Fact]
    public async Task With_max_concurrency_2_each_bucket_identifies_once_per_window()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.Clock = time;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 2);
        await using var bot = await DiscordBotHarness.StartAsync(Sharded(count: 4, window: "00:00:05"), time, discord);

        await discord.ConnectShardsReadyAsync(2);
        Assert.False(await discord.ConnectsAgainWithinAsync(Quiet));
        time.Advance(TimeSpan.FromSeconds(5));
        await discord.ConnectShardsReadyAsync(2);

        var start = time.GetUtcNow() - TimeSpan.FromSeconds(5);
        foreach (var bucket in discord.Identifies.GroupBy(i => i.ShardId % 2))
            Assert.Equal([start, start + TimeSpan.FromSeconds(5)], bucket.Select(i => i.At).Order());
    }

    [Fact]
    public async Task Sixteen_shards_over_four_hosts_with_max_concurrency_16_identify_at_once_and_answer_once_per_message()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.Clock = time;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 16);
        var hosts = new List<DiscordBotHarness>();
        try
        {
            foreach (var ids in new[] { "0-3", "4-7", "8-11", "12-15" })
                hosts.Add(await DiscordBotHarness.StartAsync(Sharded(16, "00:00:05", ids), time, discord));

            var shards = await discord.ConnectShardsReadyAsync(16);

            Assert.Equal(Enumerable.Range(0, 16), shards.Keys.Order());
            Assert.All(discord.Identifies, i => Assert.Equal(time.GetUtcNow(), i.At));
            foreach (var (shardId, connection) in shards)
                await connection.SendAsync(DiscordFrames.Message(2, $"12500000000000{shardId:D5}", "read https://example.com/a",
                    guildId: FakeDiscord.GuildIdOnShard(shardId, 16)));
            for (var i = 0; i < 16; i++)
                await discord.NextRequestAsync(r => r.Method == "POST" && r.Path.EndsWith("/messages"));
            Assert.Equal(16, discord.AllRequests.Count(r => r.Method == "POST" && r.Path.EndsWith("/messages")));
            Assert.All(hosts, h => Assert.Equal(4, h.Handler.Messages.Reader.Count));
        }
        finally
        {
            foreach (var host in hosts)
                await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Op_7_on_one_shard_resumes_it_while_the_other_keeps_answering()
    {
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        await using var bot = await DiscordBotHarness.StartAsync(Sharded(count: 2), sharedDiscord: discord);
        var shards = await discord.ConnectShardsReadyAsync(2);

        await shards[0].SendAsync(new { op = 7, d = (object?)null });
        await shards[1].SendAsync(DiscordFrames.Message(2, "1250000000000000101", "still here", guildId: FakeDiscord.GuildIdOnShard(1, 2)));

        Assert.Equal("still here", (await bot.Handler.NextMessageAsync()).Text);
        Assert.Equal(4000, await shards[0].Closed.WaitAsync(FakeDiscord.Timeout));
        var resumed = await discord.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.SendAsync(new { op = 10, d = new { heartbeat_interval = 600_000 } });
        var resume = (await resumed.ReceiveOpAsync(6)).GetProperty("d");
        Assert.Equal("session-1", resume.GetProperty("session_id").GetString());

        Assert.False(shards[1].Closed.IsCompleted);
        await shards[1].SendAsync(new { op = 1, d = (int?)null });
        Assert.Equal(2, (await shards[1].ReceiveOpAsync(1)).GetProperty("d").GetInt32());
        Assert.Equal(2, discord.Identifies.Count);
    }

    [Fact]
    public async Task Two_hosts_split_shards_0_1_and_2_3_and_each_answers_its_own_guilds()
    {
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 4);
        await using var first = await DiscordBotHarness.StartAsync(Sharded(4, ids: "0-1"), sharedDiscord: discord);
        await using var second = await DiscordBotHarness.StartAsync(Sharded(4, ids: "2-3"), sharedDiscord: discord);

        var shards = await discord.ConnectShardsReadyAsync(4);
        Assert.Equal([0, 1], first.Shards.Shards.Select(s => s.Shard.Id));
        Assert.Equal([2, 3], second.Shards.Shards.Select(s => s.Shard.Id));
        Assert.All(discord.Identifies, i => Assert.Equal(4, i.ShardCount));

        await shards[3].SendAsync(DiscordFrames.Message(2, "1250000000000000301", "for shard 3", guildId: FakeDiscord.GuildIdOnShard(3, 4)));
        await shards[0].SendAsync(DiscordFrames.Message(2, "1250000000000000302", "for shard 0", guildId: FakeDiscord.GuildIdOnShard(0, 4)));

        Assert.Equal("for shard 3", (await second.Handler.NextMessageAsync()).Text);
        Assert.Equal("for shard 0", (await first.Handler.NextMessageAsync()).Text);
        Assert.Equal(0, first.Handler.Messages.Reader.Count + second.Handler.Messages.Reader.Count);
    }

    [Fact]
    public async Task A_spent_identify_budget_holds_the_shard_until_reset_after_with_one_log_line()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.Clock = time;
        discord.StartLimit = new FakeSessionStartLimit(Total: 1000, Remaining: 0, ResetAfterMs: 60_000, MaxConcurrency: 2);
        await using var bot = await DiscordBotHarness.StartAsync(Sharded(2, "00:00:05"), time, discord);

        await WaitUntilAsync(() => bot.Logs.Entries.Any(e => e.Message.Contains("identify budget is spent")));
        Assert.False(await discord.ConnectsAgainWithinAsync(Quiet));
        time.Advance(TimeSpan.FromSeconds(59));
        Assert.False(await discord.ConnectsAgainWithinAsync(Quiet));
        time.Advance(TimeSpan.FromSeconds(1));

        await discord.ConnectShardsReadyAsync(2);
        Assert.All(discord.Identifies, i => Assert.Equal(time.GetUtcNow(), i.At));
        Assert.Single(bot.Logs.Entries, e => e.Message.Contains("identify budget is spent"));
    }

    internal static Dictionary<string, string?> Sharded(int count, string? window = null, string? ids = null) => new()
    {
        ["Discord:ShardCount"] = count.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Discord:ShardIds"] = ids,
        ["Discord:AutoSummarizeChannels"] = "*",
        ["Discord:IdentifyConcurrencyWindow"] = window ?? "00:00:00.050",
    };

    internal static async Task WaitUntilAsync(Func<bool> condition)
    {
        using var cts = new CancellationTokenSource(FakeDiscord.Timeout);
        while (!condition())
            await Task.Delay(20, cts.Token);
    }
}
