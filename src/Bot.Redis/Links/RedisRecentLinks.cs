using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Redis.Links;

/// <summary>The last <c>RecentLinksPerConversation</c> links of each conversation as a list (newest first), and the
/// latest link of each channel, threads included; both expire <c>Storage:RecentLinksTtl</c> after the last link.</summary>
internal sealed class RedisRecentLinks(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<StorageOptions> storage,
    IOptions<RedisStorageOptions> redis,
    ILogger<RedisRecentLinks> logger) : IRecentLinks
{
    public Task RecordAsync(Conversation conversation, string url, CancellationToken cancellationToken) =>
        connection.RunAsync(
            async database =>
            {
                var list = keys.RecentLinks(conversation);
                var ttl = redis.Value.RecentLinksTtl;
                var transaction = database.CreateTransaction();
                _ = transaction.ListRemoveAsync(list, url);
                _ = transaction.ListLeftPushAsync(list, url);
                _ = transaction.ListTrimAsync(list, 0, storage.Value.RecentLinksPerConversation - 1);
                _ = transaction.KeyExpireAsync(list, ttl);
                _ = transaction.StringSetAsync(keys.LatestInChannel(conversation), url, ttl);
                await transaction.ExecuteAsync().ConfigureAwait(false);
            },
            logger);

    public Task<string?> GetLatestAsync(Conversation conversation, CancellationToken cancellationToken) =>
        connection.RunAsync(
            async database =>
            {
                if (!string.IsNullOrEmpty(conversation.ThreadId)
                    && await database.ListGetByIndexAsync(keys.RecentLinks(conversation), 0).ConfigureAwait(false) is { IsNull: false } inThread)
                {
                    return (string?)inThread;
                }
                return (string?)await database.StringGetAsync(keys.LatestInChannel(conversation)).ConfigureAwait(false);
            },
            () => Task.FromResult<string?>(null),
            logger);
}
