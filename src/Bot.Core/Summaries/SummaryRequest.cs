namespace Bot.Core.Summaries;

/// <param name="Language">Target language as an ISO 639-1 code ("en", "de"); null for the article's own language.</param>
public sealed record SummaryRequest(SummaryLength Length = SummaryLength.Medium, string? Language = null);
