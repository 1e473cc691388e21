using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Redis.Connection;

/// <summary>Ready while the shared store answers a PING; otherwise the reason, and that this instance runs on its own
/// memory meanwhile (replies go on, but caches miss and budgets are per instance).</summary>
internal sealed class RedisHealthCheck(RedisConnection connection) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var degraded = $"Redis at {connection.Endpoint} is unreachable ({{0}}); this instance runs on its own memory";
        if (connection.Database is not { } database)
        {
            return HealthCheckResult.Unhealthy(string.Format(System.Globalization.CultureInfo.InvariantCulture, degraded, connection.LastFailure));
        }

        try
        {
            var latency = await database.PingAsync().WaitAsync(TimeSpan.FromSeconds(2), cancellationToken).ConfigureAwait(false);
            return HealthCheckResult.Healthy($"Redis at {connection.Endpoint} ({latency.TotalMilliseconds:F1} ms)");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(string.Format(System.Globalization.CultureInfo.InvariantCulture, degraded, ex.Message.TrimEnd('.')));
        }
    }
}
