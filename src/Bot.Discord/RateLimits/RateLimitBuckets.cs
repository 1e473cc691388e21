using System.Collections.Concurrent;

namespace Bot.Discord.RateLimits;

/// <summary>
/// The buckets by route: a route starts in its own bucket and, once a response names its
/// <c>X-RateLimit-Bucket</c>, shares that bucket (per top-level resource) with every route Discord groups with it.
/// </summary>
internal sealed class RateLimitBuckets(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, string> _bucketIdByRoute = new();
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new();

    public RateLimitBucket For(string routeKey, string majorId)
    {
        var key = _bucketIdByRoute.TryGetValue(routeKey, out var bucketId) ? $"{bucketId}:{majorId}" : $"{routeKey}:{majorId}";
        return _buckets.GetOrAdd(key, _ => new RateLimitBucket(time));
    }

    /// <summary>Records what a response said; returns the bucket future requests on this route will use.</summary>
    public RateLimitBucket Learn(string routeKey, string majorId, RateLimitBucket current, RateLimitInfo info)
    {
        current.Update(info);
        if (info.Bucket is not { } bucketId || _bucketIdByRoute.TryGetValue(routeKey, out var known) && known == bucketId)
            return current;
        _bucketIdByRoute[routeKey] = bucketId;
        var shared = _buckets.GetOrAdd($"{bucketId}:{majorId}", _ => new RateLimitBucket(time));
        shared.Update(info);
        return shared;
    }
}
