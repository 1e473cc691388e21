using System.Text.Json;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Redis.Caches;

/// <summary>Summaries by (article, length, language, summarizer), expiring after <c>Storage:SummaryTtl</c>.</summary>
internal sealed class RedisSummaryCache(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<StorageOptions> options,
    ILogger<RedisSummaryCache> logger) : ISummaryCache
{
    public Task<Summary?> GetAsync(SummaryCacheKey key, CancellationToken cancellationToken) =>
        connection.RunAsync(
            async database =>
            {
                var json = await database.StringGetAsync(keys.Summary(key)).ConfigureAwait(false);
                return json.IsNull ? null : Read(key, json!);
            },
            () => Task.FromResult<Summary?>(null),
            logger);

    public Task PutAsync(SummaryCacheKey key, Summary summary, CancellationToken cancellationToken) =>
        connection.RunAsync(
            database => database.StringSetAsync(keys.Summary(key), StoredRecords.Write(summary), options.Value.SummaryTtl),
            logger);

    private Summary? Read(SummaryCacheKey key, string json)
    {
        try
        {
            return StoredRecords.ReadSummary(json);
        }
        catch (JsonException ex)
        {
            logger.LogWarning(ex, "Cached summary of {Url} could not be read; treating it as a miss", key.ArticleUrl);
            return null;
        }
    }
}
