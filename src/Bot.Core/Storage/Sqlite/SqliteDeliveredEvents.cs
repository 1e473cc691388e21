using Bot.Core.Chat;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Handled event ids per platform; the primary key makes the first recorder win, even across processes.</summary>
internal sealed class SqliteDeliveredEvents(BotDatabase database, TimeProvider timeProvider) : IDeliveredEvents
{
    public async Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
                "INSERT OR IGNORE INTO delivered_events (platform, event_id, seen_at) VALUES ($platform, $event, $now);")
            .With("$platform", platform)
            .With("$event", eventId)
            .With("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());

        // The affected-row count is SQLite's changes(): 1 when inserted, 0 when the id was already there.
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }
}
