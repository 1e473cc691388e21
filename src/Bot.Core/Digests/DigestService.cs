using Bot.Core.Articles;
using Bot.Core.Chat;
using Bot.Core.Quotes;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Digests;

/// <summary>Turns an article into what the bot says about it: a summary with key quotes, or quotes on a topic.</summary>
public sealed class DigestService(
    ISummarizer summarizer,
    IQuoteFinder quoteFinder,
    ISummaryCache summaryCache,
    ILogger<DigestService> logger)
{
    public const string TruncatedNotice = "article truncated: only its first part was read";

    /// <summary>The digests a key-quotes request may reuse, most common first.</summary>
    private static readonly SummaryLength[] DigestLengths = [SummaryLength.Medium, SummaryLength.Short, SummaryLength.Long];

    /// <summary>Summary bullets plus a few key quotes that do not repeat them.</summary>
    public async Task<ArticleDigest> SummarizeAsync(ArticleLookup lookup, SummaryRequest request, CancellationToken cancellationToken)
    {
        var article = lookup.Article;
        var key = new SummaryCacheKey(article.PreferredUrl, request.Length, request.Language, summarizer.Id);
        var cached = await summaryCache.GetAsync(key, cancellationToken);
        var fromCache = cached is { KeyQuotes: not null };
        var summary = fromCache ? cached! : await SummarizeFreshAsync(article, request, key, cancellationToken);
        logger.LogInformation(
            "Summarized {Url}: {Bullets} bullets by {Summarizer} (cached: {Cached}), {Quotes} quotes",
            article.PreferredUrl, summary.Bullets.Count, summary.SummarizerId, fromCache, summary.KeyQuotes!.Count);

        return Describe(article) with
        {
            Summary = summary.Bullets,
            Quotes = ToDigestQuotes(article, summary.KeyQuotes!),
            Notices = WithArticleNotices(article, summary.Notices),
            Summarizer = summary.SummarizerId,
            Cached = lookup.FromCache && fromCache,
        };
    }

    private async Task<Summary> SummarizeFreshAsync(Article article, SummaryRequest request, SummaryCacheKey key, CancellationToken cancellationToken)
    {
        var summary = await summarizer.SummarizeAsync(article, request, cancellationToken);
        if (summary.KeyQuotes is null)
        {
            // A summarizer that chose no quotes with its bullets (the offline one) leaves them to the quote finder.
            var quotes = await quoteFinder.FindAsync(
                article, new QuoteRequest(null, request.Length.KeyQuoteCount(), summary.Bullets), cancellationToken);
            summary = summary with
            {
                KeyQuotes = quotes.Quotes,
                Notices = summary.Notices.Concat(quotes.Notices).Distinct().ToArray(),
            };
        }

        // A fallback answer (another summarizer than the configured one) is not cached under the configured id.
        if (summary.SummarizerId == summarizer.Id)
        {
            await summaryCache.PutAsync(key, summary, cancellationToken);
        }
        return summary;
    }

    /// <summary>Key quotes (no topic) or the passages about a topic, best first.</summary>
    public async Task<ArticleDigest> QuotesAsync(ArticleLookup lookup, string? topic, int count, CancellationToken cancellationToken)
    {
        var article = lookup.Article;
        var quotes = topic is null && await CachedKeyQuotesAsync(article, count, cancellationToken) is { } cached
            ? cached
            : await quoteFinder.FindAsync(article, new QuoteRequest(topic, count), cancellationToken);
        logger.LogInformation(
            "Found {Quotes} quotes in {Url} on {Topic} by {Finder}",
            quotes.Quotes.Count, article.PreferredUrl, topic ?? "(key quotes)", quotes.FinderId);

        return Describe(article) with
        {
            Quotes = ToDigestQuotes(article, quotes.Quotes),
            Topic = topic,
            Notices = WithArticleNotices(article, quotes.Notices),
            Summarizer = quotes.FinderId,
            Cached = lookup.FromCache,
        };
    }

    /// <summary>The key quotes of a digest of this article still in the cache, when it has enough of them.</summary>
    private async Task<QuoteSelection?> CachedKeyQuotesAsync(Article article, int count, CancellationToken cancellationToken)
    {
        foreach (var length in DigestLengths)
        {
            var key = new SummaryCacheKey(article.PreferredUrl, length, null, summarizer.Id);
            if (await summaryCache.GetAsync(key, cancellationToken) is { KeyQuotes: { } quotes } summary && quotes.Count >= count)
            {
                return new QuoteSelection(quotes.Take(count).ToList(), summary.SummarizerId, []);
            }
        }
        return null;
    }

    private static IReadOnlyList<string> WithArticleNotices(Article article, IReadOnlyList<string> notices) =>
        article.Truncated ? [TruncatedNotice, .. notices] : notices;

    private static ArticleDigest Describe(Article article) => new()
    {
        Title = article.Title,
        Url = article.PreferredUrl,
        Site = article.SiteName,
        Byline = article.Byline,
        Published = article.Published,
        ReadingMinutes = article.ReadingMinutes,
        Image = LeadImage.Of(article),
    };

    private static DigestQuote[] ToDigestQuotes(Article article, IReadOnlyList<Quote> quotes)
    {
        // The last line of defence: nothing leaves unless it stands word for word in the article.
        var index = new VerbatimIndex(article);
        return quotes
            .Where(q => index.Contains(q.Text))
            .Select(q => new DigestQuote(q.Text, q.Paragraph, TextFragmentLink.Build(article.PreferredUrl, q.Text)))
            .ToArray();
    }
}
