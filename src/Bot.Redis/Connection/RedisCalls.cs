using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Redis.Connection;

/// <summary>Runs a store operation on Redis, or its fallback when the server is out of reach or the call fails:
/// a Redis problem never reaches a chat reply.</summary>
internal static class RedisCalls
{
    public static async Task<T> RunAsync<T>(
        this RedisConnection connection,
        Func<IDatabase, Task<T>> operation,
        Func<Task<T>> fallback,
        ILogger logger)
    {
        if (connection.Database is not { } database)
        {
            return await fallback().ConfigureAwait(false);
        }

        try
        {
            return await operation(database).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException or ObjectDisposedException)
        {
            connection.ReportFailure(ex);
            logger.LogDebug("Redis call failed ({Cause}); using this instance's fallback", ex.Message);
            return await fallback().ConfigureAwait(false);
        }
        catch (RedisException ex)
        {
            logger.LogWarning("Redis answered with an error ({Cause}); using this instance's fallback", ex.Message);
            return await fallback().ConfigureAwait(false);
        }
    }

    public static Task RunAsync(this RedisConnection connection, Func<IDatabase, Task> operation, ILogger logger) =>
        connection.RunAsync<bool>(
            async database =>
            {
                await operation(database).ConfigureAwait(false);
                return true;
            },
            () => Task.FromResult(false),
            logger);
}
