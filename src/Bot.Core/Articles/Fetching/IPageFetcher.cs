namespace Bot.Core.Articles.Fetching;

/// <summary>Fetches a linked page safely (SSRF rules, size, time and type limits).</summary>
public interface IPageFetcher
{
    /// <summary>Fetches an http(s) link, following up to <see cref="FetchOptions.MaxRedirects"/> redirects.</summary>
    /// <exception cref="ArticleException">Any failure, typed by <see cref="ArticleErrorKind"/>, with a message for the user.</exception>
    Task<FetchedPage> FetchAsync(string url, CancellationToken cancellationToken = default);
}
