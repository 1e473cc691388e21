using Bot.Core.Coordination;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Redis.Coordination;

/// <summary>
/// Discord's REST limits shared by every process on the store, each step one Lua script: the token's requests in
/// any one second (a sliding window, so no two processes' bursts add up) and the global pause (<c>take-rest-request.lua</c>, <c>pause-rest-requests.lua</c>), and the per-route buckets
/// (<c>take-bucket-request.lua</c>, <c>update-bucket.lua</c>). A wait is the script's answer, slept on this
/// process's clock and asked again. Out of reach: nothing to wait for here, the process's own limits still apply.
/// </summary>
internal sealed class RedisRestRateLimits(
    RedisConnection connection,
    RedisKeys keys,
    TimeProvider time,
    ILogger<RedisRestRateLimits> logger) : ISharedRestRateLimits
{
    private static readonly string TakeRequestScript = LuaScripts.Load("take-rest-request.lua");
    private static readonly string PauseScript = LuaScripts.Load("pause-rest-requests.lua");
    private static readonly string TakeBucketScript = LuaScripts.Load("take-bucket-request.lua");
    private static readonly string UpdateBucketScript = LuaScripts.Load("update-bucket.lua");

    /// <summary>How far apart two responses' resets may be and still describe the same window (network delays).</summary>
    private const long SameWindowSlackMs = 250;

    public Task WaitGlobalAsync(int requestsPerSecond, CancellationToken cancellationToken) =>
        WaitAsync(
            database => database.ScriptEvaluateAsync(
                TakeRequestScript,
                [keys.RestGlobalPause(), keys.RestGlobalBudget()],
                [requestsPerSecond, 1000, Guid.NewGuid().ToString("N")]),
            "the global limit",
            cancellationToken);

    public Task PauseGlobalAsync(TimeSpan retryAfter, CancellationToken cancellationToken) =>
        connection.RunAsync(
            database => database.ScriptEvaluateAsync(PauseScript, [keys.RestGlobalPause()], [Milliseconds(retryAfter)]),
            logger);

    public Task WaitBucketAsync(string bucket, CancellationToken cancellationToken) =>
        WaitAsync(database => database.ScriptEvaluateAsync(TakeBucketScript, [keys.RestBucket(bucket)]), bucket, cancellationToken);

    public Task UpdateBucketAsync(string bucket, int remaining, TimeSpan resetAfter, CancellationToken cancellationToken) =>
        connection.RunAsync(
            database => database.ScriptEvaluateAsync(
                UpdateBucketScript, [keys.RestBucket(bucket)], [remaining, Milliseconds(resetAfter), SameWindowSlackMs]),
            logger);

    public Task<string?> FindBucketIdAsync(string route, CancellationToken cancellationToken) =>
        connection.RunAsync<string?>(
            async database => await database.HashGetAsync(keys.RestRouteBuckets(), route).ConfigureAwait(false),
            () => Task.FromResult<string?>(null),
            logger);

    public Task RememberBucketIdAsync(string route, string bucketId, CancellationToken cancellationToken) =>
        connection.RunAsync(database => database.HashSetAsync(keys.RestRouteBuckets(), route, bucketId), logger);

    private async Task WaitAsync(Func<IDatabase, Task<RedisResult>> take, string limit, CancellationToken cancellationToken)
    {
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waitMs = await connection.RunAsync<long>(
                async database => (long)await take(database).ConfigureAwait(false),
                () => Task.FromResult(0L),
                logger).ConfigureAwait(false);
            if (waitMs <= 0)
            {
                return;
            }

            logger.LogDebug("Discord REST request waits {WaitMs} ms for {Limit}, spent by the bot's processes", waitMs, limit);
            await Task.Delay(TimeSpan.FromMilliseconds(waitMs), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private static long Milliseconds(TimeSpan span) => Math.Max(1L, (long)Math.Ceiling(span.TotalMilliseconds));
}
