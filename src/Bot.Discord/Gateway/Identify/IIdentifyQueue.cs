namespace Bot.Discord.Gateway.Identify;

/// <summary>
/// Grants IDENTIFY turns: at most one per concurrency window in each bucket <c>shard_id % max_concurrency</c>.
/// The in-memory queue serves one process; a shared one can replace it so several processes keep the limit together.
/// </summary>
public interface IIdentifyQueue
{
    /// <summary>Returns when <paramref name="shardId"/> may identify now; its bucket's next turn is <paramref name="window"/> later.</summary>
    Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan window, CancellationToken cancellationToken);
}
