using System.Text.Json;
using Bot.Core.Summaries;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Summaries by (article, length, language, summarizer); expired after <c>SummaryTtl</c>.</summary>
internal sealed class SqliteSummaryCache(
    BotDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<SqliteSummaryCache> logger) : ISummaryCache
{
    private const string KeyCondition =
        "article_url = $url AND length = $length AND language = $language AND summarizer_id = $summarizer";

    public async Task<Summary?> GetAsync(SummaryCacheKey key, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.SummaryTtl;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = WithKey(connection.Command(
            $"SELECT json FROM summaries WHERE {KeyCondition} AND created_at > $cutoff;"), key)
            .With("$cutoff", cutoff.ToUnixTimeMilliseconds());
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, StorageJsonContext.Default.Summary);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Cached summary of {Url} could not be read; treating it as a miss", key.ArticleUrl);
            return null;
        }
    }

    public async Task PutAsync(SummaryCacheKey key, Summary summary, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = WithKey(connection.Command("""
            INSERT INTO summaries (article_url, length, language, summarizer_id, json, created_at)
            VALUES ($url, $length, $language, $summarizer, $json, $now)
            ON CONFLICT (article_url, length, language, summarizer_id)
            DO UPDATE SET json = excluded.json, created_at = excluded.created_at;
            """), key)
            .With("$json", JsonSerializer.Serialize(summary, StorageJsonContext.Default.Summary))
            .With("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    // The article's own language is stored as '' so the primary key treats it as one value (NULLs never collide).
    private static SqliteCommand WithKey(SqliteCommand command, SummaryCacheKey key) =>
        command
            .With("$url", UrlKey.Normalize(key.ArticleUrl))
            .With("$length", key.Length.ToString())
            .With("$language", key.Language?.Trim().ToLowerInvariant() ?? "")
            .With("$summarizer", key.SummarizerId);
}
