using Microsoft.Extensions.Options;

namespace Bot.Core.Chat.GuardRails;

/// <summary>Per-user and per-channel request budgets, so one person or one busy channel cannot monopolise the bot.</summary>
public sealed class RequestRateLimiter : IDisposable
{
    private readonly KeyedTokenBuckets _users;
    private readonly KeyedTokenBuckets _channels;

    public RequestRateLimiter(IOptions<ChatOptions> options, TimeProvider timeProvider)
    {
        _users = new KeyedTokenBuckets(options.Value.UserRequestsPerMinute, timeProvider);
        _channels = new KeyedTokenBuckets(options.Value.ChannelRequestsPerMinute, timeProvider);
    }

    /// <summary>True when the request may go ahead; otherwise how long the user should wait.</summary>
    public bool TryAdmit(Conversation conversation, string userId, out TimeSpan retryAfter)
    {
        if (!_users.TryTake($"{conversation.Platform}:{userId}", out retryAfter))
        {
            return false;
        }
        return _channels.TryTake($"{conversation.Platform}:{conversation.ChannelId}", out retryAfter);
    }

    public void Dispose()
    {
        _users.Dispose();
        _channels.Dispose();
    }
}
