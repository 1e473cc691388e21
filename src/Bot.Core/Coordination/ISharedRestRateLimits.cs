namespace Bot.Core.Coordination;

/// <summary>
/// Discord's REST limits kept by every process of the bot together: the bot token's requests-per-second budget, a
/// global pause after a global 429, and the per-route buckets learned from the <c>X-RateLimit-*</c> headers. Only a
/// shared store registers one; without it each process keeps its own limits, which it applies in any case (which is
/// why this lives here and not in the Discord adapter: the store implements it).
/// </summary>
public interface ISharedRestRateLimits
{
    /// <summary>Returns when one more request fits the token's per-second budget and no global pause is on; takes it.</summary>
    Task WaitGlobalAsync(int requestsPerSecond, CancellationToken cancellationToken);

    /// <summary>A global 429: no process sends before <paramref name="retryAfter"/> has elapsed.</summary>
    Task PauseGlobalAsync(TimeSpan retryAfter, CancellationToken cancellationToken);

    /// <summary>Returns when <paramref name="bucket"/> has a request left as far as the processes know; takes it.</summary>
    Task WaitBucketAsync(string bucket, CancellationToken cancellationToken);

    /// <summary>
    /// What a response said of <paramref name="bucket"/>: <paramref name="remaining"/> requests until it resets
    /// <paramref name="resetAfter"/> from now. A per-route 429 is 0 remaining until its retry-after.
    /// </summary>
    Task UpdateBucketAsync(string bucket, int remaining, TimeSpan resetAfter, CancellationToken cancellationToken);

    /// <summary>The bucket id (<c>X-RateLimit-Bucket</c>) another process learned for <paramref name="route"/>, if any.</summary>
    Task<string?> FindBucketIdAsync(string route, CancellationToken cancellationToken);

    /// <summary>Records the bucket id Discord named for <paramref name="route"/>.</summary>
    Task RememberBucketIdAsync(string route, string bucketId, CancellationToken cancellationToken);
}
