namespace Bot.Core.Quotes;

/// <param name="Quotes">Best first; empty when nothing relevant was found.</param>
/// <param name="FinderId">Which finder chose them, e.g. "offline" or "openai:gpt-4o-mini".</param>
/// <param name="Notices">E.g. "no passage about X in this article".</param>
public sealed record QuoteSelection(IReadOnlyList<Quote> Quotes, string FinderId, IReadOnlyList<string> Notices);
