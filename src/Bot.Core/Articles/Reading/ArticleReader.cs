using Bot.Core.Articles.Documents;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;

namespace Bot.Core.Articles.Reading;

/// <summary>Turns a fetched page or a local file into an <see cref="Article"/>, whatever its type.</summary>
public sealed class ArticleReader(ArticleExtractor extractor, ReadDeadline deadline)
{
    /// <param name="allowThin">Return a web page's text however short it is (for showing what a page holds); by
    /// default an HTML extract of fewer than <see cref="ReadableArticleCheck.DefaultMinimumWords"/> words is
    /// <see cref="ArticleErrorKind.NotAnArticle"/>. Consent walls, paywall teasers, JavaScript shells and captchas
    /// are refused either way.</param>
    /// <exception cref="OperationCanceledException">Also while parsing: a page never holds a thread past its token.</exception>
    public Article Read(FetchedPage page, bool allowThin = false, CancellationToken cancellationToken = default)
    {
        var url = page.Url.AbsoluteUri;
        cancellationToken.ThrowIfCancellationRequested();
        if (page.IsPdf)
        {
            return PdfArticleReader.Read(page.Body, url);
        }

        var text = PageDecoder.Decode(page);
        cancellationToken.ThrowIfCancellationRequested();
        if (page.IsPlainText)
        {
            return PlainTextArticleReader.Read(text, url);
        }
        var article = WithTrustedCanonical(extractor.Extract(text, url, cancellationToken), page.Url);
        return allowThin ? article : ReadableArticleCheck.EnsureReadable(article);
    }

    /// <summary>
    /// The caches key articles and summaries by the canonical URL, so a page may only name one in its own folder of
    /// its own host (<c>/news/123</c> may claim <c>/news/123-council-vote</c>). A canonical on another host, or in
    /// another folder of a shared host (<c>medium.com/@a/…</c> naming <c>medium.com/@b/…</c>), would let a page
    /// answer for someone else's link; it is dropped and the article is known by the address it was read from.
    /// </summary>
    private static Article WithTrustedCanonical(Article article, Uri readFrom) =>
        article.CanonicalUrl is { } canonical && !(Uri.TryCreate(canonical, UriKind.Absolute, out var target) && MayClaim(readFrom, target))
            ? article with { CanonicalUrl = null }
            : article;

    private static bool MayClaim(Uri readFrom, Uri canonical) =>
        (canonical.Scheme == Uri.UriSchemeHttp || canonical.Scheme == Uri.UriSchemeHttps)
        && string.Equals(canonical.IdnHost, readFrom.IdnHost, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Folder(canonical), Folder(readFrom), StringComparison.OrdinalIgnoreCase);

    /// <summary>The path without its last segment: "/news/2024/story/" and "/news/2024/story" both give "/news/2024".</summary>
    private static string Folder(Uri uri)
    {
        var path = uri.AbsolutePath.TrimEnd('/');
        return path[..Math.Max(0, path.LastIndexOf('/'))];
    }

    /// <summary>Reads a local .html/.htm, .txt/.md or .pdf file, within <see cref="FetchOptions.ReadTimeout"/>.</summary>
    public async Task<Article> ReadFileAsync(string path, CancellationToken cancellationToken, bool allowThin = false)
    {
        if (!File.Exists(path))
        {
            throw new ArticleException(ArticleErrorKind.FileNotFound, $"There is no file '{path}'.");
        }

        return await deadline.RunAsync(path, async token =>
        {
            var bytes = await File.ReadAllBytesAsync(path, token);
            return Read(PageFromFile(path, bytes), allowThin, token);
        }, cancellationToken);
    }

    /// <summary>A local file seen as a fetched page; its type comes from the extension, else from its first bytes.</summary>
    public static FetchedPage PageFromFile(string path, byte[] bytes)
    {
        var mediaType = Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".pdf" => MediaTypes.Pdf,
            ".txt" or ".text" or ".md" => MediaTypes.PlainText,
            ".html" or ".htm" or ".xhtml" => MediaTypes.Html,
            _ => MediaTypes.Sniff(bytes) ?? MediaTypes.Html,
        };
        return new FetchedPage(new Uri(Path.GetFullPath(path)), mediaType, null, bytes);
    }
}
