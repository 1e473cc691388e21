using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Discord.Metrics;

/// <summary>Per-shard gateway instruments on the <c>ArticleBot.Discord</c> meter.</summary>
internal sealed class DiscordGatewayMetrics
{
    public const string MeterName = "ArticleBot.Discord";

    private readonly Histogram<double> _heartbeatLatency;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _sessions;
    private readonly Counter<long> _events;

    public DiscordGatewayMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _heartbeatLatency = meter.CreateHistogram<double>(
            "discord.gateway.heartbeat.latency", "ms", "Time from a heartbeat to its acknowledgement");
        _reconnects = meter.CreateCounter<long>("discord.gateway.reconnects", "{reconnect}", "Gateway connections that ended and are reopened");
        _sessions = meter.CreateCounter<long>(
            "discord.gateway.sessions", "{session}", "Sessions started (discord.session.kind=identify) or resumed (resume)");
        _events = meter.CreateCounter<long>("discord.gateway.events", "{event}", "Dispatch events received");
    }

    public void HeartbeatAcknowledged(int shardId, TimeSpan latency) =>
        _heartbeatLatency.Record(latency.TotalMilliseconds, Shard(shardId));

    public void Reconnecting(int shardId) => _reconnects.Add(1, Shard(shardId));

    public void SessionStarted(int shardId, bool resumed) =>
        _sessions.Add(1, new TagList { { "discord.shard.id", shardId }, { "discord.session.kind", resumed ? "resume" : "identify" } });

    public void EventReceived(int shardId) => _events.Add(1, Shard(shardId));

    private static KeyValuePair<string, object?> Shard(int shardId) => new("discord.shard.id", shardId);
}
