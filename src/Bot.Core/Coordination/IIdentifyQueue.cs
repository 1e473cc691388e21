namespace Bot.Core.Coordination;

/// <summary>
/// Grants Discord gateway IDENTIFY turns: at most one per concurrency window in each bucket
/// <c>shard_id % max_concurrency</c>. The in-memory queue serves one process; the shared store replaces it so that
/// every process of the bot keeps the limit together (which is why it lives here and not in the Discord adapter).
/// </summary>
public interface IIdentifyQueue
{
    /// <summary>Returns when <paramref name="shardId"/> may identify now; its bucket's next turn is <paramref name="window"/> later.</summary>
    Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan window, CancellationToken cancellationToken);
}
