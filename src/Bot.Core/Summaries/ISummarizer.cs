using Bot.Core.Articles;

namespace Bot.Core.Summaries;

/// <summary>Summarizes an article into bullets.</summary>
public interface ISummarizer
{
    /// <summary>Identifies this summarizer and its model in caches and notices, e.g. "offline".</summary>
    string Id { get; }

    Task<Summary> SummarizeAsync(Article article, SummaryRequest request, CancellationToken cancellationToken);
}
