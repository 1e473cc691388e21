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

    public bool KnowsBucketId(string routeKey) => _bucketIdByRoute.ContainsKey(routeKey);

    /// <summary>Takes a bucket id learned elsewhere (another process) for <paramref name="routeKey"/>.</summary>
    public void Adopt(string routeKey, string bucketId) => _bucketIdByRoute.TryAdd(routeKey, bucketId);

    public RateLimitBucket For(string routeKey, string majorId) =>
        Bucket(_bucketIdByRoute.TryGetValue(routeKey, out var bucketId) ? $"{bucketId}:{majorId}" : $"{routeKey}:{majorId}");

    /// <summary>
    /// Records what a response said; returns the bucket future requests on this route will use, and whether the
    /// response named a bucket id this process had not known for the route.
    /// </summary>
    public (RateLimitBucket Bucket, bool LearnedBucketId) Learn(string routeKey, string majorId, RateLimitBucket current, RateLimitInfo info)
    {
        current.Update(info);
        if (info.Bucket is not { } bucketId || _bucketIdByRoute.TryGetValue(routeKey, out var known) && known == bucketId)
            return (current, false);
        _bucketIdByRoute[routeKey] = bucketId;
        var shared = Bucket($"{bucketId}:{majorId}");
        shared.Update(info);
        return (shared, true);
    }

    private RateLimitBucket Bucket(string key) => _buckets.GetOrAdd(key, k => new RateLimitBucket(k, time));
}
