using Bot.Core.Articles;
using Bot.Core.Summaries.Offline;

namespace Bot.Core.Quotes.Offline;

/// <summary>
/// The embedded quote finder: key quotes (speech and attributed statements, then central sentences) or passages
/// on a topic (BM25). Every quote is cut from its paragraph and re-checked with <see cref="VerbatimIndex"/>.
/// </summary>
public sealed class OfflineQuoteFinder : IQuoteFinder
{
    public const string Id = "offline";
    public const int MinKeyQuotes = 2;
    public const int MaxKeyQuotes = 5;
    public const int MaxTopicQuotes = 10;

    public Task<QuoteSelection> FindAsync(Article article, QuoteRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var analysis = ArticleAnalysis.Of(article);
        var topic = request.Topic?.Trim();
        var candidates = string.IsNullOrEmpty(topic)
            ? KeyQuoteSelector.Select(analysis, Math.Clamp(request.Count, MinKeyQuotes, MaxKeyQuotes), request.Avoid)
            : TopicQuoteSearch.Search(analysis, topic, Math.Clamp(request.Count, 1, MaxTopicQuotes));

        var quotes = candidates.Select(c => ToQuote(analysis, c)).Where(q => IsVerbatim(analysis, q)).ToList();
        IReadOnlyList<string> notices = !string.IsNullOrEmpty(topic) && quotes.Count == 0
            ? [NoPassageNotice(topic)]
            : [];
        return Task.FromResult(new QuoteSelection(quotes, Id, notices));
    }

    public static string NoPassageNotice(string topic) => $"no passage about \"{topic}\" in this article";

    private static Quote ToQuote(ArticleAnalysis analysis, QuoteCandidate candidate)
    {
        var index = candidate.Sentence.Index;
        var sentences = analysis.Sentences;
        return new Quote(candidate.Text, candidate.Paragraph)
        {
            Before = index > 0 ? sentences[index - 1].Text : null,
            After = index + 1 < sentences.Count ? sentences[index + 1].Text : null,
            Score = candidate.Score,
        };
    }

    /// <summary>The last gate: a quote must stand in its own paragraph word for word.</summary>
    private static bool IsVerbatim(ArticleAnalysis analysis, Quote quote)
    {
        var paragraphs = analysis.Article.Paragraphs;
        return quote.Paragraph >= 0 && quote.Paragraph < paragraphs.Count
            && quote.Text.Length > 0
            && paragraphs[quote.Paragraph].Contains(quote.Text, StringComparison.Ordinal)
            && analysis.Verbatim.Contains(quote.Text);
    }
}
