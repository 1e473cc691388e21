using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis.RateLimits;

/// <summary>The per-user and per-channel budgets of <see cref="ChatOptions"/> shared by every instance: one script
/// (<c>token-buckets.lua</c>) checks and takes both buckets atomically. Out of reach: this instance's own buckets.</summary>
internal sealed class RedisRequestRateLimiter(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<ChatOptions> options,
    TimeProvider time,
    RequestRateLimiter fallback,
    ILogger<RedisRequestRateLimiter> logger) : IRequestRateLimiter
{
    private static readonly string Script = LuaScripts.Load("token-buckets.lua");
    private static readonly double MinuteMs = TimeSpan.FromMinutes(1).TotalMilliseconds;

    public async ValueTask<Admission> AdmitAsync(Conversation conversation, string userId, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return await connection.RunAsync(
            async database =>
            {
                var result = (RedisResult[])(await database.ScriptEvaluateAsync(
                    Script,
                    [keys.UserBucket(conversation.Platform, userId), keys.ChannelBucket(conversation.Platform, conversation.ChannelId)],
                    [
                        time.GetUtcNow().ToUnixTimeMilliseconds(),
                        settings.UserRequestsPerMinute,
                        MinuteMs / settings.UserRequestsPerMinute,
                        settings.ChannelRequestsPerMinute,
                        MinuteMs / settings.ChannelRequestsPerMinute,
                    ]).ConfigureAwait(false))!;
                return (long)result[0] == 1 ? Admission.Granted : Admission.Refused(TimeSpan.FromMilliseconds((long)result[1]));
            },
            () => fallback.AdmitAsync(conversation, userId, cancellationToken).AsTask(),
            logger).ConfigureAwait(false);
    }
}
