using Bot.Core.Coordination;
using Bot.Discord.Rest;
using Microsoft.Extensions.Options;

namespace Bot.Discord.RateLimits;

/// <summary>
/// The limits a REST request passes before it is sent: its route's bucket, then the bot-wide requests-per-second
/// cap. This process keeps both; with a shared store (<see cref="ISharedRestRateLimits"/>) every process of the bot
/// keeps them together as well. Interaction and webhook routes stay local: one process answers an interaction, and
/// their paths hold the interaction's token, which must not leave the process.
/// </summary>
internal sealed class RestRateLimiter(
    RateLimitBuckets buckets,
    GlobalRateLimit globalLimit,
    IOptions<DiscordOptions> options,
    ISharedRestRateLimits? shared = null)
{
    public async Task<RestTurn> EnterAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        var sharedBucket = shared is not null && route.UsesBotToken;
        if (sharedBucket && !buckets.KnowsBucketId(route.RouteKey)
            && await shared!.FindBucketIdAsync(route.RouteKey, cancellationToken) is { } bucketId)
            buckets.Adopt(route.RouteKey, bucketId);

        var bucket = buckets.For(route.RouteKey, route.MajorId);
        var turn = new RestTurn(route, bucket, await bucket.EnterAsync(cancellationToken), sharedBucket);
        try
        {
            if (sharedBucket)
                await shared!.WaitBucketAsync(bucket.Key, cancellationToken);
            if (route.CountsTowardsGlobalLimit)
            {
                await globalLimit.WaitAsync(cancellationToken);
                if (shared is not null)
                    await shared.WaitGlobalAsync(options.Value.GlobalRequestsPerSecond, cancellationToken);
            }
            return turn;
        }
        catch
        {
            turn.Dispose();
            throw;
        }
    }

    /// <summary>Records what the response's headers said of the turn's bucket.</summary>
    public async Task RecordAsync(RestTurn turn, RateLimitInfo info, CancellationToken cancellationToken)
    {
        var (bucket, learnedBucketId) = buckets.Learn(turn.Route.RouteKey, turn.Route.MajorId, turn.Bucket, info);
        turn.Bucket = bucket;
        if (!turn.IsShared)
            return;
        if (learnedBucketId)
            await shared!.RememberBucketIdAsync(turn.Route.RouteKey, info.Bucket!, cancellationToken);
        if (info is { Remaining: { } remaining, ResetAfter: { } resetAfter })
            await shared!.UpdateBucketAsync(bucket.Key, remaining, resetAfter, cancellationToken);
    }

    /// <summary>A 429: nothing passes the bucket (or, when <paramref name="global"/>, anything) before <paramref name="retryAfter"/>.</summary>
    public async Task RecordLimitedAsync(RestTurn turn, TimeSpan retryAfter, bool global, CancellationToken cancellationToken)
    {
        if (global)
        {
            globalLimit.PauseFor(retryAfter);
            if (shared is not null)
                await shared.PauseGlobalAsync(retryAfter, cancellationToken);
            return;
        }
        turn.Bucket.PauseFor(retryAfter);
        if (turn.IsShared)
            await shared!.UpdateBucketAsync(turn.Bucket.Key, 0, retryAfter, cancellationToken);
    }
}
