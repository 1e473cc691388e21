using Bot.Core.Articles.Documents;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;

namespace Bot.Core.Articles.Reading;

/// <summary>Turns a fetched page or a local file into an <see cref="Article"/>, whatever its type.</summary>
public sealed class ArticleReader(ArticleExtractor extractor)
{
    /// <param name="allowThin">Return a web page's text however short it is (for showing what a page holds); by
    /// default an HTML extract of fewer than <see cref="ReadableArticleCheck.DefaultMinimumWords"/> words is
    /// <see cref="ArticleErrorKind.NotAnArticle"/>. Consent walls, paywall teasers, JavaScript shells and captchas
    /// are refused either way.</param>
    public Article Read(FetchedPage page, bool allowThin = false)
    {
        var url = page.Url.AbsoluteUri;
        if (page.IsPdf)
        {
            return PdfArticleReader.Read(page.Body, url);
        }

        var text = PageDecoder.Decode(page);
        if (page.IsPlainText)
        {
            return PlainTextArticleReader.Read(text, url);
        }
        var article = WithTrustedCanonical(extractor.Extract(text, url), page.Url);
        return allowThin ? article : ReadableArticleCheck.EnsureReadable(article);
    }

    /// <summary>The caches key articles and summaries by the canonical URL, so a page may only name one on its own
    /// host; a canonical elsewhere would let any page answer for someone else's link.</summary>
    private static Article WithTrustedCanonical(Article article, Uri readFrom) =>
        article.CanonicalUrl is { } canonical
        && !(Uri.TryCreate(canonical, UriKind.Absolute, out var target)
             && (target.Scheme == Uri.UriSchemeHttp || target.Scheme == Uri.UriSchemeHttps)
             && string.Equals(target.IdnHost, readFrom.IdnHost, StringComparison.OrdinalIgnoreCase))
            ? article with { CanonicalUrl = null }
            : article;

    /// <summary>Reads a local .html/.htm, .txt/.md or .pdf file.</summary>
    public async Task<Article> ReadFileAsync(string path, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            throw new ArticleException(ArticleErrorKind.FileNotFound, $"There is no file '{path}'.");
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
        return Read(PageFromFile(path, bytes));
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
