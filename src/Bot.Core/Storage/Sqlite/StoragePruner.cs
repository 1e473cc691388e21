using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Deletes expired articles (their aliases follow), summaries and delivered-event ids.</summary>
internal sealed class StoragePruner(
    BotDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StoragePruner> logger)
{
    internal async Task<PruneResult> PruneAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var settings = options.Value;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);

        async Task<int> DeleteOlderAsync(string table, string column, TimeSpan age)
        {
            // Table and column names come from this method's callers, never from input.
            await using var command = connection.Command($"DELETE FROM {table} WHERE {column} <= $cutoff;")
                .With("$cutoff", (now - age).ToUnixTimeMilliseconds());
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        var result = new PruneResult(
            await DeleteOlderAsync("articles", "fetched_at", settings.ArticleTtl).ConfigureAwait(false),
            await DeleteOlderAsync("summaries", "created_at", settings.SummaryTtl).ConfigureAwait(false),
            await DeleteOlderAsync("delivered_events", "seen_at", settings.EventRetention).ConfigureAwait(false));
        if (result.Total > 0)
        {
            logger.LogInformation(
                "Pruned {Articles} articles, {Summaries} summaries and {Events} event ids from storage",
                result.Articles, result.Summaries, result.Events);
        }

        return result;
    }
}

internal readonly record struct PruneResult(int Articles, int Summaries, int Events)
{
    public int Total => Articles + Summaries + Events;
}
