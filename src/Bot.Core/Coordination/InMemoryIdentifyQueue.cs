using System.Collections.Concurrent;

namespace Bot.Core.Coordination;

/// <summary>Identify buckets for one process: one turn per window in each bucket, granted in arrival order.</summary>
public sealed class InMemoryIdentifyQueue(TimeProvider time) : IIdentifyQueue
{
    private readonly ConcurrentDictionary<int, Bucket> _buckets = new();

    public async Task WaitTurnAsync(int shardId, int maxConcurrency, TimeSpan window, CancellationToken cancellationToken)
    {
        var bucket = _buckets.GetOrAdd(shardId % Math.Max(1, maxConcurrency), _ => new Bucket());
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = bucket.NextTurn - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken);
            bucket.NextTurn = time.GetUtcNow() + window;
        }
        finally
        {
            bucket.Gate.Release();
        }
    }

    private sealed class Bucket
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset NextTurn { get; set; } = DateTimeOffset.MinValue;
    }
}
