using System.Diagnostics;
using Bot.Core.Articles.Fetching;
using Bot.Core.Diagnostics;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Articles.Reading;

/// <summary>The article behind a link: from the cache when fresh, else fetched safely, read, and cached.</summary>
public sealed class ArticleService(
    IPageFetcher fetcher,
    ArticleReader reader,
    ReadDeadline deadline,
    IArticleCache cache,
    ILogger<ArticleService> logger,
    BotMetrics? metrics = null) : IArticleSource
{
    public async Task<ArticleLookup> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var cached = await cache.GetAsync(url.AbsoluteUri, cancellationToken);
        metrics?.CacheLookup("article", cached is not null);
        if (cached is not null)
        {
            logger.LogDebug("Article {Url} served from the cache", url);
            return new ArticleLookup(cached, FromCache: true);
        }

        var (page, article) = await deadline.RunAsync(url.AbsoluteUri, async token =>
        {
            var page = await FetchMeasuredAsync(url, token);
            return (page, reader.Read(page, cancellationToken: token));
        }, cancellationToken);
        logger.LogInformation(
            "Read {Url}: {Words} words in {Paragraphs} paragraphs ({MediaType})",
            page.Url, article.WordCount, article.Paragraphs.Count, page.MediaType);
        await cache.PutAsync(url.AbsoluteUri, article, cancellationToken);
        return new ArticleLookup(article, FromCache: false);
    }

    private async Task<FetchedPage> FetchMeasuredAsync(Uri url, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var page = await fetcher.FetchAsync(url.AbsoluteUri, cancellationToken);
            metrics?.PageFetched(Stopwatch.GetElapsedTime(started), page.Body.Length, "ok");
            return page;
        }
        catch (Exception)
        {
            metrics?.PageFetched(Stopwatch.GetElapsedTime(started), 0, "failed");
            throw;
        }
    }
}
