using Bot.Core.Chat.GuardRails;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis.Locks;

/// <summary>
/// Turns on a piece of work across instances: a key set if absent with <c>Storage:WorkLockTtl</c> (so a crashed
/// holder blocks no one for long), released by <c>release-lock.lua</c>. A waiter polls until the key is gone, then
/// takes its own turn, and finds the holder's article and summary in the shared caches.
/// </summary>
internal sealed class RedisWorkLocks(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<RedisStorageOptions> options,
    TimeProvider time,
    ILogger<RedisWorkLocks> logger) : IWorkLocks
{
    private static readonly string ReleaseScript = LuaScripts.Load("release-lock.lua");
    private static readonly TimeSpan FirstPoll = TimeSpan.FromMilliseconds(5);
    private static readonly TimeSpan LongestPoll = TimeSpan.FromMilliseconds(100);

    public async Task<IAsyncDisposable> WaitTurnAsync(string key, CancellationToken cancellationToken)
    {
        var lockKey = keys.WorkLock(key);
        var token = Guid.NewGuid().ToString("N");
        var poll = FirstPoll;
        var waitedSince = time.GetTimestamp();
        while (true)
        {
            var outcome = await connection.RunAsync(
                async database => await database.StringSetAsync(lockKey, token, options.Value.WorkLockTtl, When.NotExists).ConfigureAwait(false)
                    ? Outcome.Taken
                    : Outcome.Busy,
                () => Task.FromResult(Outcome.Unreachable),
                logger).ConfigureAwait(false);
            switch (outcome)
            {
                case Outcome.Taken:
                    if (time.GetElapsedTime(waitedSince) > poll)
                    {
                        logger.LogDebug("Waited {WaitMs} ms for another instance to finish {Work}", (int)time.GetElapsedTime(waitedSince).TotalMilliseconds, key);
                    }
                    return new Turn(this, lockKey, token);
                case Outcome.Unreachable:
                    return new Turn(null, lockKey, token);
            }

            await Task.Delay(poll, time, cancellationToken).ConfigureAwait(false);
            poll = TimeSpan.FromTicks(Math.Min(poll.Ticks * 2, LongestPoll.Ticks));
        }
    }

    private Task ReleaseAsync(RedisKey lockKey, string token) =>
        connection.RunAsync(database => database.ScriptEvaluateAsync(ReleaseScript, [lockKey], [token]), logger);

    private enum Outcome
    {
        Taken,
        Busy,
        Unreachable,
    }

    private sealed class Turn(RedisWorkLocks? owner, RedisKey lockKey, string token) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (owner is not null)
            {
                await owner.ReleaseAsync(lockKey, token).ConfigureAwait(false);
            }
        }
    }
}
