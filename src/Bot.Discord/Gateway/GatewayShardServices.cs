using Bot.Core.Coordination;
using Bot.Discord.Gateway.Identify;
using Bot.Discord.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway;

/// <summary>What every shard of the process shares: the gateway info, the identify queue and budget, metrics, time and logging.</summary>
internal sealed class GatewayShardServices(
    GatewayBotInfoSource gatewayInfo,
    IIdentifyQueue identifyQueue,
    SessionStartBudget sessionBudget,
    DiscordGatewayMetrics metrics,
    IOptions<DiscordOptions> options,
    TimeProvider time,
    ILoggerFactory loggers)
{
    public GatewayBotInfoSource GatewayInfo { get; } = gatewayInfo;

    public IIdentifyQueue IdentifyQueue { get; } = identifyQueue;

    public SessionStartBudget SessionBudget { get; } = sessionBudget;

    public DiscordGatewayMetrics Metrics { get; } = metrics;

    public DiscordOptions Options { get; } = options.Value;

    public TimeProvider Time { get; } = time;

    public ILoggerFactory Loggers { get; } = loggers;

    /// <summary>Jitter source for heartbeats and backoff; replaceable in tests.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;
}
