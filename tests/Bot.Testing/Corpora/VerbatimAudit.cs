using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Testing.Corpora;

/// <summary>
/// The promise every quote keeps: on each article, the offline summary's bullets, its key quotes and its topic quotes
/// (topics taken from the title) must stand word for word in the article, each quote in the paragraph it names.
/// </summary>
public static class VerbatimAudit
{
    public sealed record Result(int Pages, int Quotes, int TopicQuotes, IReadOnlyList<string> Failures);

    public static async Task<Result> RunAsync(IEnumerable<Article> articles, CancellationToken cancellationToken = default)
    {
        var finder = new OfflineQuoteFinder();
        var summarizer = new OfflineSummarizer();
        int pages = 0, quotes = 0, topicQuotes = 0;
        var failures = new List<string>();
        foreach (var article in articles)
        {
            pages++;
            var index = new VerbatimIndex(article);
            var summary = await summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Long), cancellationToken);
            failures.AddRange(summary.Bullets.Where(b => !index.Contains(b)).Select(b => $"{article.Url} bullet: {b}"));

            var requests = TopicsFrom(article.Title).Select(t => new QuoteRequest(t, 5))
                .Prepend(new QuoteRequest(Count: 5, Avoid: summary.Bullets));
            foreach (var request in requests)
            {
                var selection = await finder.FindAsync(article, request, cancellationToken);
                foreach (var quote in selection.Quotes)
                {
                    quotes++;
                    topicQuotes += request.Topic is null ? 0 : 1;
                    if (request.Topic is null && quote.Text.Length > KeyQuoteSelector.MaxQuoteLength)
                    {
                        failures.Add($"{article.Url} key quote over {KeyQuoteSelector.MaxQuoteLength} characters: {quote.Text}");
                    }
                    if (!IsVerbatim(article, index, quote))
                    {
                        failures.Add($"{article.Url} [{request.Topic}] paragraph {quote.Paragraph}: {quote.Text}");
                    }
                }
            }
        }
        return new Result(pages, quotes, topicQuotes, failures);
    }

    private static bool IsVerbatim(Article article, VerbatimIndex index, Quote quote) =>
        quote.Paragraph >= 0 && quote.Paragraph < article.Paragraphs.Count
        && article.Paragraphs[quote.Paragraph].Contains(quote.Text, StringComparison.Ordinal)
        && index.Contains(quote.Text)
        && (quote.Before is null || index.Contains(quote.Before))
        && (quote.After is null || index.Contains(quote.After));

    /// <summary>The longest title word, the first two content words, and the whole title.</summary>
    private static IEnumerable<string> TopicsFrom(string title)
    {
        var words = WordTokenizer.Tokenize(title).Where(w => w.Length >= 4 && !StopWords.For("en").Contains(w)).ToList();
        if (words.Count == 0)
        {
            return [title];
        }
        return [words.MaxBy(w => w.Length)!, string.Join(' ', words.Take(2)), title];
    }
}
