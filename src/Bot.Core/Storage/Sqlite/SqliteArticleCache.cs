using System.Text.Json;
using Bot.Core.Articles;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Articles by canonical URL, with every URL they were asked for as an alias; expired after <c>ArticleTtl</c>.</summary>
internal sealed class SqliteArticleCache(
    BotDatabase database,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<SqliteArticleCache> logger) : IArticleCache
{
    private const string SelectSql = """
        SELECT json FROM (
            SELECT json, fetched_at, 0 AS rank FROM articles WHERE url = $url
            UNION ALL
            SELECT a.json, a.fetched_at, 1 AS rank
            FROM article_aliases l JOIN articles a ON a.url = l.article_url
            WHERE l.alias = $url)
        WHERE fetched_at > $cutoff
        ORDER BY rank
        LIMIT 1;
        """;

    private const string UpsertArticleSql = """
        INSERT INTO articles (url, json, fetched_at) VALUES ($url, $json, $now)
        ON CONFLICT (url) DO UPDATE SET json = excluded.json, fetched_at = excluded.fetched_at;
        """;

    private const string UpsertAliasSql = """
        INSERT INTO article_aliases (alias, article_url) VALUES ($alias, $url)
        ON CONFLICT (alias) DO UPDATE SET article_url = excluded.article_url;
        """;

    public async Task<Article?> GetAsync(string url, CancellationToken cancellationToken)
    {
        var cutoff = timeProvider.GetUtcNow() - options.Value.ArticleTtl;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(SelectSql)
            .With("$url", UrlKey.Normalize(url))
            .With("$cutoff", cutoff.ToUnixTimeMilliseconds());
        if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not string json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, StorageJsonContext.Default.Article);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Cached article for {Url} could not be read; treating it as a miss", url);
            return null;
        }
    }

    public async Task PutAsync(string requestedUrl, Article article, CancellationToken cancellationToken)
    {
        var key = UrlKey.Normalize(article.PreferredUrl);
        var aliases = new[] { requestedUrl, article.Url }.Select(UrlKey.Normalize).Where(a => a != key).Distinct();
        var json = JsonSerializer.Serialize(article, StorageJsonContext.Default.Article);

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using (var upsert = connection.Command(UpsertArticleSql, transaction))
        {
            upsert.With("$url", key).With("$json", json).With("$now", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        foreach (var alias in aliases)
        {
            await using var command = connection.Command(UpsertAliasSql, transaction).With("$alias", alias).With("$url", key);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }
}
