using Bot.Core.Coordination;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace Bot.Redis.Coordination;

/// <summary>
/// Identify turns shared by every process on the store: a shard first takes its turn in this process's queue (so the
/// pacing holds while the server is out of reach), then claims its bucket's key for one window with
/// <c>claim-identify-turn.lua</c>, waiting out another process's turn until the claim succeeds.
/// </summary>
internal sealed class RedisIdentifyQueue(
    RedisConnection connection,
    RedisKeys keys,
    InMemoryIdentifyQueue local,
    TimeProvider time,
    ILogger<RedisIdentifyQueue> logger) : IIdentifyQueue
{
    private static readonly string ClaimScript = LuaScripts.Load("claim-identify-turn.lua");

    public async Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan window, CancellationToken cancellationToken)
    {
        await local.WaitTurnAsync(shardId, maxConcurrency, window, cancellationToken).ConfigureAwait(false);

        var bucket = shardId % Math.Max(1, maxConcurrency);
        var key = keys.IdentifyBucket(bucket);
        var windowMs = Math.Max(1L, (long)Math.Ceiling(window.TotalMilliseconds));
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var waitMs = await connection.RunAsync<long?>(
                async database => (long)await database.ScriptEvaluateAsync(ClaimScript, [key], [windowMs]).ConfigureAwait(false),
                () => Task.FromResult<long?>(null),
                logger).ConfigureAwait(false);
            if (waitMs is not { } wait)
            {
                // Out of reach: this process's own pacing, already applied above, is what is left.
                return;
            }
            if (wait == 0)
            {
                return;
            }

            logger.LogDebug("Shard {ShardId} waits {WaitMs} ms for identify bucket {Bucket}, taken by another process", shardId, wait, bucket);
            await Task.Delay(TimeSpan.FromMilliseconds(wait), time, cancellationToken).ConfigureAwait(false);
        }
    }
}
