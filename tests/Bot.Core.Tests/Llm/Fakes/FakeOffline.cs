using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Summaries;

namespace Bot.Core.Tests.Llm.Fakes;

/// <summary>Stands in for the offline summarizer: the first sentences of the article, counted.</summary>
public sealed class FakeOfflineSummarizer : ISummarizer
{
    public int Calls;

    public string Id => "offline";

    public Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        var bullets = article.Paragraphs.Take(request.Length.BulletCount()).ToList();
        return Task.FromResult(new Summary(bullets, Id, []));
    }
}

/// <summary>Stands in for the offline quote finder: whole paragraphs in order.</summary>
public sealed class FakeOfflineQuoteFinder : IQuoteFinder
{
    public int Calls;

    public Task<QuoteSelection> FindAsync(Article article, QuoteRequest request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        var quotes = article.Paragraphs.Select((p, i) => new Quote(p, i)).Take(request.Count).ToList();
        return Task.FromResult(new QuoteSelection(quotes, "offline", []));
    }
}
