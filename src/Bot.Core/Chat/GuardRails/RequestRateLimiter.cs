using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat.GuardRails;

/// <summary>Per-user and per-channel request budgets, so one person or one busy channel cannot monopolise the bot.</summary>
public sealed class RequestRateLimiter : IDisposable
{
    private readonly PartitionedRateLimiter<string> _users;
    private readonly PartitionedRateLimiter<string> _channels;

    public RequestRateLimiter(IOptions<ChatOptions> options, TimeProvider timeProvider)
    {
        _users = PerKey(options.Value.UserRequestsPerMinute, timeProvider);
        _channels = PerKey(options.Value.ChannelRequestsPerMinute, timeProvider);
    }

    /// <summary>True when the request may go ahead; otherwise how long the user should wait.</summary>
    public bool TryAdmit(Conversation conversation, string userId, out TimeSpan retryAfter)
    {
        return TryTake(_users, $"{conversation.Platform}:{userId}", out retryAfter)
            && TryTake(_channels, $"{conversation.Platform}:{conversation.ChannelId}", out retryAfter);
    }

    private static bool TryTake(PartitionedRateLimiter<string> limiter, string key, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key);
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.Zero;
        return lease.IsAcquired;
    }

    /// <summary>One bucket per key; buckets that are full again are dropped by the partitioned limiter.</summary>
    private static PartitionedRateLimiter<string> PerKey(int perMinute, TimeProvider time) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.Get(
            key, _ => new TimedTokenBucket(perMinute, TimeSpan.FromMinutes(1) / perMinute, time)));

    public void Dispose()
    {
        _users.Dispose();
        _channels.Dispose();
    }
}
