using Bot.Core.Articles;
using Bot.Core.Quotes;

namespace Bot.Core.Llm;

/// <summary>
/// Keeps only candidates that stand word for word in the article (the <see cref="VerbatimIndex"/> check every quote
/// passes), maps each to its paragraph, and drops fragments too short to be a quote and repeats.
/// </summary>
internal sealed class QuoteVerifier(Article article)
{
    private const int MinimumWords = 4;

    private readonly VerbatimIndex _index = new(article);

    public IReadOnlyList<Quote> Verify(IEnumerable<QuoteCandidate> candidates, IReadOnlyList<string>? avoid)
    {
        var kept = new List<Quote>();
        foreach (var candidate in candidates)
        {
            if (Locate(candidate) is not { } quote || WordCounter.Count(quote.Text) < MinimumWords
                || kept.Any(k => Overlaps(k, quote)))
            {
                continue;
            }
            kept.Add(quote);
        }

        // Passages the reader has already seen (e.g. as summary bullets) go last, not away.
        var ordered = kept.OrderBy(q => IsAvoided(q, avoid) ? 1 : 0).ToList();
        return ordered.Select((q, rank) => q with { Score = ordered.Count - rank }).ToList();
    }

    private Quote? Locate(QuoteCandidate candidate)
    {
        // The paragraph the model named comes first; a quote found only elsewhere keeps the paragraph it is really in.
        var paragraph = candidate.Paragraph is { } p && p >= 0 && p < article.Paragraphs.Count
            && VerbatimSpan.Find(article.Paragraphs[p], candidate.Text) is not null
                ? p
                : _index.FindParagraph(candidate.Text);
        if (paragraph < 0 || VerbatimSpan.Find(article.Paragraphs[paragraph], candidate.Text) is not { } text)
        {
            return null;
        }
        return _index.Contains(text) ? new Quote(text, paragraph) : null;
    }

    private static bool Overlaps(Quote a, Quote b)
    {
        var x = VerbatimText.Normalize(a.Text);
        var y = VerbatimText.Normalize(b.Text);
        return a.Paragraph == b.Paragraph && (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal));
    }

    private static bool IsAvoided(Quote quote, IReadOnlyList<string>? avoid)
    {
        var text = VerbatimText.Normalize(quote.Text);
        return avoid?.Any(a => VerbatimText.Normalize(a) is { Length: > 0 } seen
            && (seen.Contains(text, StringComparison.Ordinal) || text.Contains(seen, StringComparison.Ordinal))) == true;
    }
}
