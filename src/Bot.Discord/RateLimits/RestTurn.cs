using Bot.Discord.Rest;

namespace Bot.Discord.RateLimits;

/// <summary>A request's place in its route's bucket, held from before sending until its response is recorded.</summary>
internal sealed class RestTurn(DiscordRoute route, RateLimitBucket bucket, IDisposable localTurn, bool shared) : IDisposable
{
    public DiscordRoute Route { get; } = route;

    /// <summary>The bucket the response is recorded in: the route's own until a response names the bucket id.</summary>
    public RateLimitBucket Bucket { get; set; } = bucket;

    /// <summary>Whether the bucket is kept with the other processes (routes authorised by the bot token only).</summary>
    public bool IsShared { get; } = shared;

    public void Dispose() => localTurn.Dispose();
}
