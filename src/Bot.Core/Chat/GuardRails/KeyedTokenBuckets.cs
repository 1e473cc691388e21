using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace Bot.Core.Chat.GuardRails;

/// <summary>
/// One token bucket per key (a user, a channel): <c>perMinute</c> requests, refilled one token at a time.
/// Refills are driven by the injected <see cref="TimeProvider"/>, so tests control time.
/// </summary>
internal sealed class KeyedTokenBuckets : IDisposable
{
    private readonly ConcurrentDictionary<string, TokenBucketRateLimiter> _buckets = new();
    private readonly int _capacity;
    private readonly TimeSpan _refillEvery;
    private readonly ITimer _timer;

    public KeyedTokenBuckets(int perMinute, TimeProvider timeProvider)
    {
        _capacity = perMinute;
        _refillEvery = TimeSpan.FromMinutes(1) / perMinute;
        _timer = timeProvider.CreateTimer(_ => Refill(), null, _refillEvery, _refillEvery);
    }

    /// <summary>Takes a token for the key; when there is none, says how long until the next one.</summary>
    public bool TryTake(string key, out TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd(key, _ => NewBucket());
        using var lease = bucket.AttemptAcquire();
        retryAfter = lease.IsAcquired ? TimeSpan.Zero : _refillEvery;
        return lease.IsAcquired;
    }

    private TokenBucketRateLimiter NewBucket() => new(new TokenBucketRateLimiterOptions
    {
        TokenLimit = _capacity,
        TokensPerPeriod = 1,
        ReplenishmentPeriod = _refillEvery,
        AutoReplenishment = false,
        QueueLimit = 0,
    });

    private void Refill()
    {
        foreach (var (key, bucket) in _buckets)
        {
            bucket.TryReplenish();
            // A full bucket holds nothing worth remembering.
            if (bucket.GetStatistics()?.CurrentAvailablePermits >= _capacity && _buckets.TryRemove(key, out var removed))
            {
                removed.Dispose();
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        foreach (var bucket in _buckets.Values)
        {
            bucket.Dispose();
        }
    }
}
