using System.Threading.RateLimiting;

namespace Bot.Core.Chat.GuardRails;

/// <summary>
/// A token bucket on the <see cref="RateLimiter"/> abstraction whose refills are computed from an injected
/// <see cref="TimeProvider"/> (the framework's own token bucket reads the system clock, so tests could not drive it).
/// It holds <c>capacity</c> tokens and regains one every <c>refillEvery</c>; it never queues.
/// </summary>
internal sealed class TimedTokenBucket(int capacity, TimeSpan refillEvery, TimeProvider time) : RateLimiter
{
    private readonly Lock _lock = new();
    private double _tokens = capacity;
    private long _updatedAt = time.GetTimestamp();

    public override TimeSpan? IdleDuration
    {
        get
        {
            lock (_lock)
            {
                Refill();
                return _tokens >= capacity ? time.GetElapsedTime(_updatedAt) : null;
            }
        }
    }

    public override RateLimiterStatistics? GetStatistics()
    {
        lock (_lock)
        {
            Refill();
            return new RateLimiterStatistics { CurrentAvailablePermits = (long)_tokens };
        }
    }

    protected override RateLimitLease AttemptAcquireCore(int permitCount)
    {
        lock (_lock)
        {
            Refill();
            if (permitCount == 0)
            {
                // The RateLimiter convention for "would one be granted?", taking nothing.
                return _tokens >= 1 ? Lease.Granted : new Lease(false, refillEvery * (1 - _tokens));
            }
            if (_tokens >= permitCount)
            {
                _tokens -= permitCount;
                return Lease.Granted;
            }
            var missing = permitCount - _tokens;
            return new Lease(false, refillEvery * missing);
        }
    }

    protected override ValueTask<RateLimitLease> AcquireAsyncCore(int permitCount, CancellationToken cancellationToken) =>
        ValueTask.FromResult(AttemptAcquireCore(permitCount));

    private void Refill()
    {
        var now = time.GetTimestamp();
        _tokens = Math.Min(capacity, _tokens + (time.GetElapsedTime(_updatedAt, now) / refillEvery));
        _updatedAt = now;
    }

    private sealed class Lease(bool acquired, TimeSpan retryAfter) : RateLimitLease
    {
        public static readonly Lease Granted = new(true, TimeSpan.Zero);

        public override bool IsAcquired => acquired;

        public override IEnumerable<string> MetadataNames => acquired ? [] : [MetadataName.RetryAfter.Name];

        public override bool TryGetMetadata(string metadataName, out object? metadata)
        {
            metadata = !acquired && metadataName == MetadataName.RetryAfter.Name ? retryAfter : null;
            return metadata is not null;
        }
    }
}
