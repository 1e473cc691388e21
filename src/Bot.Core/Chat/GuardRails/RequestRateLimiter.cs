using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat.GuardRails;

/// <summary>Per-user and per-channel request budgets in this process's memory, so one person or one busy channel cannot
/// monopolise the bot.</summary>
public sealed class RequestRateLimiter : IRequestRateLimiter, IDisposable
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
        var channel = $"{conversation.Platform}:{conversation.ChannelId}";
        // The channel is asked first without taking anything, so a busy channel does not spend the user's budget.
        return TryTake(_channels, channel, 0, out retryAfter)
            && TryTake(_users, $"{conversation.Platform}:{userId}", 1, out retryAfter)
            && TryTake(_channels, channel, 1, out retryAfter);
    }

    public ValueTask<Admission> AdmitAsync(Conversation conversation, string userId, CancellationToken cancellationToken) =>
        ValueTask.FromResult(TryAdmit(conversation, userId, out var retryAfter) ? Admission.Granted : Admission.Refused(retryAfter));

    private static bool TryTake(PartitionedRateLimiter<string> limiter, string key, int permits, out TimeSpan retryAfter)
    {
        using var lease = limiter.AttemptAcquire(key, permits);
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
