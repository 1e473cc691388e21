namespace Bot.Core.Articles;

/// <summary>Reads the article behind a URL or a local file, from the cache when it is fresh.</summary>
public interface IArticleSource
{
    /// <exception cref="ArticleException">The page could not be fetched or holds no readable article.</exception>
    Task<ArticleLookup> GetAsync(Uri url, CancellationToken cancellationToken);
}

/// <param name="FromCache">The article was served from the cache, not fetched.</param>
public sealed record ArticleLookup(Article Article, bool FromCache);
