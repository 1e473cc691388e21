using AngleSharp.Html.Parser;
using Bot.Core.Articles.Markup;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Reads the main article out of an HTML page: its blocks of text in reading order, without navigation, comments,
/// share bars, banners and link lists, plus what the page says about itself (title, byline, date...).
/// Thread-safe and reusable; nothing is fetched and no script runs.
/// </summary>
public sealed class ArticleExtractor
{
    /// <summary>An extract shorter than this (in characters) is retried with the boilerplate pre-filter off.</summary>
    private const int RetryBelowLength = 500;

    /// <summary>Below this many words the whole page, not just the extract, is searched for wall signals.</summary>
    private const int WallCheckWords = 10;

    private const int PageTextLimit = 20_000;

    /// <summary>What the extractor asks of AngleSharp (public so benchmarks can time the parse alone).</summary>
    public static readonly HtmlParserOptions ParserOptions = new()
    {
        SkipComments = true,
        DisableElementPositionTracking = true,
        IsKeepingSourceReferences = false,
        SkipScriptText = true, // JSON-LD is read from the raw page by JsonLdScanner
        SkipRawText = true,
        ShouldEmitAttribute = ParsedAttributes.Keep, // most attributes (data-*, src, srcset...) are never read
    };

    private readonly ThreadLocal<CancellableHtmlParser> parsers = new(() => new CancellableHtmlParser(ParserOptions));

    /// <summary>Extracts whatever article text the page has, however short; apply <see cref="ReadableArticleCheck"/>
    /// where a thin extract must count as no article.</summary>
    /// <exception cref="ArticleException">With <see cref="ArticleErrorKind.NotAnArticle"/> when the page has no text at
    /// all or is a wall instead of an article (consent wall, paywall teaser, JavaScript shell, captcha).</exception>
    public Article Extract(string html, string? url) => Extract(html, url, CancellationToken.None);

    /// <inheritdoc cref="Extract(string, string?)"/>
    /// <remarks>The markup is bounded first (<see cref="MarkupLimiter"/>), so any page parses in bounded time.</remarks>
    /// <exception cref="OperationCanceledException">The token was cancelled, also in the middle of parsing.</exception>
    public Article Extract(string html, string? url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(html);
        using var document = parsers.Value!.Parse(MarkupLimiter.Limit(html), cancellationToken);
        var tree = ContentTreeBuilder.Build(document);
        cancellationToken.ThrowIfCancellationRequested();
        tree.Sources.JsonLd.AddRange(JsonLdScanner.Scan(html));
        var metadata = MetadataReader.Read(tree.Sources, url);
        var paragraphs = ReadParagraphs(tree, metadata, url);
        if (NoArticleDetector.Reason(paragraphs, metadata, tree.Sources, WallCheckWords,
                () => NodeText.Of(tree.Root, PageTextLimit, includeExcluded: true)) is { } reason)
        {
            throw new ArticleException(ArticleErrorKind.NotAnArticle, reason.Message) { Reason = reason.Reason };
        }
        paragraphs.RemoveAll(NoArticleDetector.IsPaywallNotice);
        return new Article(url ?? "", metadata.Title ?? FirstHeading(tree) ?? "", paragraphs)
        {
            CanonicalUrl = metadata.CanonicalUrl,
            Byline = metadata.Byline,
            SiteName = metadata.SiteName,
            Published = metadata.Published,
            Language = metadata.Language,
            LeadImageUrl = metadata.LeadImageUrl,
            Excerpt = metadata.Excerpt ?? Excerpt(paragraphs),
        };
    }

    private static List<string> ReadParagraphs(ContentTree tree, PageMetadata metadata, string? url)
    {
        var title = metadata.Title;
        var closing = new ClosingLines(metadata.CanonicalUrl, url);
        TitledStory.MarkHolders(tree, title);
        var read = ReadParagraphs(tree, title, closing, skipUnlikely: true);
        if (Length(read) < RetryBelowLength)
        {
            var lenient = ReadParagraphs(tree, title, closing, skipUnlikely: false);
            read = Length(lenient) > Length(read) ? lenient : read;
        }
        return ComposedForm(ArticleBodyText.InsteadOf(read, metadata) ?? read);
    }

    /// <summary>One spelling for one letter: pages write "য়" or "ü" composed or as base and mark, and a quote, a search
    /// or a comparison must not depend on which (Unicode NFC).</summary>
    private static List<string> ComposedForm(List<string> paragraphs)
    {
        for (var i = 0; i < paragraphs.Count; i++)
        {
            if (!paragraphs[i].IsNormalized(System.Text.NormalizationForm.FormC))
            {
                paragraphs[i] = paragraphs[i].Normalize(System.Text.NormalizationForm.FormC);
            }
        }
        return paragraphs;
    }

    private static List<string> ReadParagraphs(ContentTree tree, string? title, ClosingLines closing, bool skipUnlikely)
    {
        TextStatistics.Compute(tree, skipUnlikely);
        var containers = ContentSelector.Select(tree, title);
        return BlockCleaner.Clean(BlockWriter.Write(containers, new BoilerplateFilter(title, tree.Sources.Bylines, BoilerplateFilter.SpineHints(containers))), closing);
    }

    private static int Length(List<string> paragraphs)
    {
        var length = 0;
        foreach (var paragraph in paragraphs)
        {
            length += paragraph.Length;
        }
        return length;
    }

    private static string? FirstHeading(ContentTree tree) =>
        tree.Sources.Headings1.Count > 0 ? NodeText.Of(tree.Sources.Headings1[0], 300) : null;

    private static string? Excerpt(List<string> paragraphs)
    {
        var first = paragraphs.FirstOrDefault(p => p.Length >= 80) ?? paragraphs.FirstOrDefault();
        return first is null ? null : first.Length <= 300 ? first : first[..300].TrimEnd() + "…";
    }
}
