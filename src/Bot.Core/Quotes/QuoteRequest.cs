namespace Bot.Core.Quotes;

/// <param name="Topic">Null for key quotes; words to look for otherwise.</param>
/// <param name="Avoid">Sentences already shown (e.g. summary bullets) that quotes should not repeat where avoidable.</param>
public sealed record QuoteRequest(string? Topic = null, int Count = 3, IReadOnlyList<string>? Avoid = null);
