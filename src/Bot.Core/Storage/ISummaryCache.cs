using Bot.Core.Summaries;

namespace Bot.Core.Storage;

/// <summary>Summaries by (article, length, language, summarizer), so a link posted twice costs one summary.</summary>
public interface ISummaryCache
{
    Task<Summary?> GetAsync(SummaryCacheKey key, CancellationToken cancellationToken);

    Task PutAsync(SummaryCacheKey key, Summary summary, CancellationToken cancellationToken);
}

/// <param name="ArticleUrl">The article's preferred (canonical) URL.</param>
/// <param name="Language">Target language, or null for the article's own.</param>
public sealed record SummaryCacheKey(string ArticleUrl, SummaryLength Length, string? Language, string SummarizerId);
