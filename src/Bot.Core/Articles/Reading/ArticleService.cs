using Bot.Core.Articles.Fetching;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Articles.Reading;

/// <summary>The article behind a link: from the cache when fresh, else fetched safely, read, and cached.</summary>
public sealed class ArticleService(
    IPageFetcher fetcher,
    ArticleReader reader,
    ReadDeadline deadline,
    IArticleCache cache,
    ILogger<ArticleService> logger) : IArticleSource
{
    public async Task<ArticleLookup> GetAsync(Uri url, CancellationToken cancellationToken)
    {
        var cached = await cache.GetAsync(url.AbsoluteUri, cancellationToken);
        if (cached is not null)
        {
            logger.LogDebug("Article {Url} served from the cache", url);
            return new ArticleLookup(cached, FromCache: true);
        }

        var (page, article) = await deadline.RunAsync(url.AbsoluteUri, async token =>
        {
            var page = await fetcher.FetchAsync(url.AbsoluteUri, token);
            return (page, reader.Read(page, cancellationToken: token));
        }, cancellationToken);
        logger.LogInformation(
            "Read {Url}: {Words} words in {Paragraphs} paragraphs ({MediaType})",
            page.Url, article.WordCount, article.Paragraphs.Count, page.MediaType);
        await cache.PutAsync(url.AbsoluteUri, article, cancellationToken);
        return new ArticleLookup(article, FromCache: false);
    }
}
