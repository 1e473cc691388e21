using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Ready while the database file answers a query.</summary>
internal sealed class SqliteHealthCheck(BotDatabase database) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.Scalar("SELECT 1;");
            return HealthCheckResult.Healthy($"SQLite file {database.FilePath}");
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return HealthCheckResult.Unhealthy($"SQLite file {database.FilePath} cannot be used ({ex.Message.TrimEnd('.')})");
        }
    }
}
