using Bot.Discord.Gateway;
using Bot.Discord.Gateway.Sharding;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Discord.Health;

/// <summary>
/// Each shard of this process with its state (connected, resuming, waiting to identify, ...): healthy when all are
/// connected, unhealthy when one has stopped or none is running, degraded while some are still (re)connecting.
/// </summary>
internal sealed class DiscordShardsHealthCheck(GatewayShardSet shardSet) : IHealthCheck
{
    public const string Name = "discord-shards";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = shardSet.Shards;
        var data = shards.ToDictionary(s => $"shard {s.Shard.Id}", s => (object)Describe(s.State));
        var summary = shards.Count == 0
            ? shardSet.Stopped ? "the Discord gateway has stopped" : "planning the Discord shards"
            : string.Join(", ", shards.Select(s => $"shard {s.Shard.Id}: {Describe(s.State)}"));

        var result = shards switch
        {
            [] when shardSet.Stopped => HealthCheckResult.Unhealthy(summary, data: data),
            [] => HealthCheckResult.Degraded(summary, data: data),
            _ when shards.Any(s => s.State == GatewayState.Stopped) => HealthCheckResult.Unhealthy(summary, data: data),
            _ when shards.All(s => s.State == GatewayState.Ready) => HealthCheckResult.Healthy(summary, data),
            _ => HealthCheckResult.Degraded(summary, data: data),
        };
        return Task.FromResult(result);
    }

    public static string Describe(GatewayState state) => state switch
    {
        GatewayState.Ready => "connected",
        GatewayState.Resuming => "resuming",
        GatewayState.WaitingToIdentify => "waiting to identify",
        GatewayState.Identifying => "identifying",
        GatewayState.Connecting => "connecting",
        GatewayState.Disconnected => "disconnected",
        _ => "stopped",
    };
}
