namespace Bot.Core.Summaries;

/// <param name="Bullets">One sentence a bullet, in the article's order.</param>
/// <param name="SummarizerId">Which summarizer answered, e.g. "offline" or "openai:gpt-4o-mini"; part of the cache key.</param>
/// <param name="Notices">Things the reader should know, e.g. "summary by the offline summarizer".</param>
public sealed record Summary(
    IReadOnlyList<string> Bullets,
    string SummarizerId,
    IReadOnlyList<string> Notices);
