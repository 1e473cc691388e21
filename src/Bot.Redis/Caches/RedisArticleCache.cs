using System.Text.Json;
using Bot.Core.Articles;
using Bot.Core.Storage;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis.Caches;

/// <summary>Articles under their canonical URL, with every URL they were asked for as an alias key pointing there;
/// all expire after <c>Storage:ArticleTtl</c>. Out of reach, every lookup is a miss.</summary>
internal sealed class RedisArticleCache(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<StorageOptions> options,
    ILogger<RedisArticleCache> logger) : IArticleCache
{
    public Task<Article?> GetAsync(string url, CancellationToken cancellationToken) =>
        connection.RunAsync(
            async database =>
            {
                var json = await database.StringGetAsync(keys.Article(url)).ConfigureAwait(false);
                if (json.IsNull && await database.StringGetAsync(keys.ArticleAlias(url)).ConfigureAwait(false) is { IsNull: false } canonical)
                {
                    json = await database.StringGetAsync((string)canonical!).ConfigureAwait(false);
                }
                return json.IsNull ? null : Read(url, json!);
            },
            () => Task.FromResult<Article?>(null),
            logger);

    public Task PutAsync(string requestedUrl, Article article, CancellationToken cancellationToken) =>
        connection.RunAsync(
            async database =>
            {
                var ttl = options.Value.ArticleTtl;
                var key = keys.Article(article.PreferredUrl);
                var aliases = new[] { requestedUrl, article.Url }
                    .Select(keys.ArticleAlias)
                    .Where(alias => alias != keys.ArticleAlias(article.PreferredUrl))
                    .Distinct();
                var writes = aliases
                    .Select(alias => database.StringSetAsync(alias, key.ToString(), ttl))
                    .Prepend(database.StringSetAsync(key, StoredRecords.Write(article), ttl));
                await Task.WhenAll(writes).ConfigureAwait(false);
            },
            logger);

    private Article? Read(string url, string json)
    {
        try
        {
            return StoredRecords.ReadArticle(json);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Cached article for {Url} could not be read; treating it as a miss", url);
            return null;
        }
    }
}
