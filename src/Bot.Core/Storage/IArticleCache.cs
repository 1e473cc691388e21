using Bot.Core.Articles;

namespace Bot.Core.Storage;

/// <summary>Articles read recently, by the URL that was asked for and by their canonical URL.</summary>
public interface IArticleCache
{
    /// <summary>The article stored under this URL (requested or canonical) if it has not expired.</summary>
    Task<Article?> GetAsync(string url, CancellationToken cancellationToken);

    /// <summary>Stores the article under its canonical URL and under <paramref name="requestedUrl"/>.</summary>
    Task PutAsync(string requestedUrl, Article article, CancellationToken cancellationToken);
}
