using Bot.Core.Quotes;

namespace Bot.Core.Summaries;

/// <param name="Bullets">One sentence a bullet, in the article's order.</param>
/// <param name="SummarizerId">Which summarizer answered, e.g. "offline" or "openai:gpt-4o-mini"; part of the cache key.</param>
/// <param name="Notices">Things the reader should know, e.g. "summary by the offline summarizer".</param>
public sealed record Summary(
    IReadOnlyList<string> Bullets,
    string SummarizerId,
    IReadOnlyList<string> Notices)
{
    /// <summary>The key quotes chosen to go with these bullets, kept with them in the cache so a repeated link
    /// costs no quote search; null until the digest adds them.</summary>
    public IReadOnlyList<Quote>? KeyQuotes { get; init; }
}
