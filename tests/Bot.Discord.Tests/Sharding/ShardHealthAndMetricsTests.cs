using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using Bot.Discord.Gateway;
using Bot.Discord.Metrics;
using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Discord.Tests.Sharding;

public sealed class ShardHealthAndMetricsTests
{
    [Fact]
    public async Task The_registered_health_check_lists_each_shard_connected_or_waiting_to_identify()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z"));
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.Clock = time;
        await using var bot = await DiscordBotHarness.StartAsync(ShardedGatewayTests.Sharded(2, "00:00:05"), time, discord);
        var health = bot.Host.Services.GetRequiredService<HealthCheckService>();

        await discord.ConnectReadyAsync(heartbeatMs: 600_000);
        await ShardedGatewayTests.WaitUntilAsync(() => bot.Shards.Shards.Any(s => s.State == GatewayState.Ready));
        var starting = (await health.CheckHealthAsync()).Entries["discord-shards"];

        Assert.Equal(HealthStatus.Degraded, starting.Status);
        Assert.Equal(["connected", "waiting to identify"], starting.Data.OrderBy(d => d.Key).Select(d => d.Value));

        time.Advance(TimeSpan.FromSeconds(5));
        await discord.ConnectReadyAsync(heartbeatMs: 600_000);
        await ShardedGatewayTests.WaitUntilAsync(() => bot.Shards.Shards.All(s => s.State == GatewayState.Ready));
        var ready = (await health.CheckHealthAsync()).Entries["discord-shards"];
        Assert.Equal(HealthStatus.Healthy, ready.Status);
        Assert.Equal("shard 0: connected, shard 1: connected", ready.Description);
    }

    [Fact]
    public async Task Metrics_count_new_sessions_resumes_reconnects_and_events_per_shard_and_time_heartbeats()
    {
        var discord = await FakeDiscord.StartAsync();
        await using var _ = discord;
        discord.StartLimit = new FakeSessionStartLimit(MaxConcurrency: 2);
        await using var bot = await DiscordBotHarness.StartAsync(ShardedGatewayTests.Sharded(2), sharedDiscord: discord);
        // Other tests' hosts publish on meters of the same name: listen to this host's meter factory only.
        var meters = bot.Host.Services.GetRequiredService<IMeterFactory>();
        var measurements = new ConcurrentQueue<(string Instrument, double Value, Dictionary<string, object?> Tags)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == DiscordGatewayMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, meters))
                l.EnableMeasurementEvents(instrument);
        };
        listener.SetMeasurementEventCallback<long>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.SetMeasurementEventCallback<double>((i, v, tags, _) => measurements.Enqueue((i.Name, v, ToDictionary(tags))));
        listener.Start();

        var shards = await discord.ConnectShardsReadyAsync(2, heartbeatMs: 300);
        await shards[1].SendAsync(DiscordFrames.Message(2, "1250000000000000401", "hello", guildId: FakeDiscord.GuildIdOnShard(1, 2)));
        await bot.Handler.NextMessageAsync();
        await shards[1].SendAsync(new { op = 7, d = (object?)null });
        var resumed = await discord.NextConnectionAsync();
        await resumed.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        await resumed.ReceiveOpAsync(6);
        await resumed.SendAsync(new { op = 0, s = 3, t = "RESUMED", d = new { } });

        await ShardedGatewayTests.WaitUntilAsync(() => Has("discord.gateway.sessions", 1, "resume"));
        await ShardedGatewayTests.WaitUntilAsync(() => measurements.Any(m => m.Instrument == "discord.gateway.heartbeat.latency"));
        Assert.True(Has("discord.gateway.sessions", 0, "identify"));
        Assert.True(Has("discord.gateway.sessions", 1, "identify"));
        Assert.False(Has("discord.gateway.sessions", 0, "resume"));
        Assert.Equal(1, Sum("discord.gateway.reconnects", 1));
        Assert.Equal(0, Sum("discord.gateway.reconnects", 0));
        Assert.Equal(3, Sum("discord.gateway.events", 1));  // READY, MESSAGE_CREATE, RESUMED
        Assert.Equal(1, Sum("discord.gateway.events", 0));  // READY

        bool Has(string name, int shard, string kind) => measurements.Any(m =>
            m.Instrument == name && Equals(m.Tags["discord.shard.id"], shard) && Equals(m.Tags["discord.session.kind"], kind));

        double Sum(string name, int shard) =>
            measurements.Where(m => m.Instrument == name && Equals(m.Tags["discord.shard.id"], shard)).Sum(m => m.Value);
    }

    private static Dictionary<string, object?> ToDictionary(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var result = new Dictionary<string, object?>();
        foreach (var tag in tags)
            result[tag.Key] = tag.Value;
        return result;
    }
}
