using Bot.Core.Chat;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Sqlite;

/// <summary>The last <c>RecentLinksPerConversation</c> links of each conversation. A conversation is a thread, or the
/// top level of a channel (stored with an empty thread id). The latest link "of the channel" is the latest posted
/// anywhere in it: on Slack every top-level message is the root of its own thread.</summary>
internal sealed class SqliteRecentLinks(
    BotDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider) : IRecentLinks
{
    private const string InConversation = "platform = $platform AND channel_id = $channel AND thread_id = $thread";

    private static readonly string DeleteSameUrlSql = $"DELETE FROM recent_links WHERE {InConversation} AND url = $url;";

    private const string InsertSql = """
        INSERT INTO recent_links (platform, channel_id, thread_id, url, posted_at)
        VALUES ($platform, $channel, $thread, $url, $now);
        """;

    private static readonly string TrimSql = $"""
        DELETE FROM recent_links WHERE {InConversation} AND id NOT IN (
            SELECT id FROM recent_links WHERE {InConversation} ORDER BY posted_at DESC, id DESC LIMIT $keep);
        """;

    private static readonly string LatestSql =
        $"SELECT url FROM recent_links WHERE {InConversation} ORDER BY posted_at DESC, id DESC LIMIT 1;";

    private const string LatestInChannelSql =
        "SELECT url FROM recent_links WHERE platform = $platform AND channel_id = $channel ORDER BY posted_at DESC, id DESC LIMIT 1;";

    public async Task RecordAsync(Conversation conversation, string url, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        foreach (var sql in new[] { DeleteSameUrlSql, InsertSql, TrimSql })
        {
            await using var command = connection.Command(sql, transaction);
            Bind(command, conversation.Platform, conversation.ChannelId, conversation.ThreadId)
                .With("$url", url)
                .With("$now", now)
                .With("$keep", options.Value.RecentLinksPerConversation);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<string?> GetLatestAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        if (!string.IsNullOrEmpty(conversation.ThreadId))
        {
            await using var inThread = Bind(connection.Command(LatestSql), conversation.Platform, conversation.ChannelId, conversation.ThreadId);
            if (await inThread.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string threadUrl)
            {
                return threadUrl;
            }
        }

        await using var inChannel = Bind(connection.Command(LatestInChannelSql), conversation.Platform, conversation.ChannelId, threadId: null);
        return await inChannel.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static SqliteCommand Bind(
        SqliteCommand command, string platform, string channelId, string? threadId) =>
        command.With("$platform", platform).With("$channel", channelId).With("$thread", threadId ?? "");
}
