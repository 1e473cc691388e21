using Bot.Discord.Gateway.Socket;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Gateway.Sharding;

/// <summary>
/// Decides the shards of this process: the configured count or Discord's recommendation (<c>GET /gateway/bot</c>),
/// and the configured ids or all of them. Returns null, after a critical log line, when the bot cannot start.
/// </summary>
internal sealed class ShardPlanner(
    GatewayBotInfoSource gatewayInfo, IOptions<DiscordOptions> options, TimeProvider time, ILogger<ShardPlanner> logger)
{
    public async Task<ShardPlan?> PlanAsync(CancellationToken cancellationToken)
    {
        var configured = options.Value;
        // Validated at start-up (DiscordOptions.Validate), so this parse succeeds.
        ShardIdList.TryParse(configured.ShardIds, out var ids, out _);
        if (ids.Count > 0 && configured.ShardCount == 0)
            logger.LogWarning(
                "Discord:ShardIds is set without Discord:ShardCount: each process takes Discord's recommendation when it starts, so processes started at different times may disagree on the count; set Discord:ShardCount");
        var count = configured.ShardCount > 0 ? configured.ShardCount : await RecommendedCountAsync(cancellationToken);
        if (count is not { } total)
            return null;
        if (ids.Count == 0)
            return new ShardPlan(total, Enumerable.Range(0, total).ToList());
        if (ids[^1] >= total)
        {
            logger.LogCritical(
                "Discord:ShardIds names shard {ShardId}, but the bot has {ShardCount} shard(s) (Discord's recommendation; set Discord:ShardCount to fix the count). The Discord adapter stops",
                ids[^1], total);
            return null;
        }
        return new ShardPlan(total, ids);
    }

    private async Task<int?> RecommendedCountAsync(CancellationToken cancellationToken)
    {
        var backoff = new ReconnectBackoff(options.Value.ReconnectBaseDelay, options.Value.ReconnectMaxDelay, Random.Shared.NextDouble);
        while (true)
        {
            try
            {
                var info = await gatewayInfo.GetAsync(cancellationToken);
                return Math.Max(1, info.Shards);
            }
            catch (DiscordApiException ex) when (ex.IsUnauthorized)
            {
                logger.LogCritical("Discord rejected the bot token (HTTP 401); check Discord:Token. The Discord adapter stops");
                return null;
            }
            catch (Exception ex) when (ex is HttpRequestException or DiscordApiException or TimeoutException
                                       || (ex is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                var delay = backoff.Next();
                logger.LogWarning("Could not ask Discord for the recommended shard count: {Cause}; retrying in {Delay}", ex.Message, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
    }
}
