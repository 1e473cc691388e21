using Bot.Core.Summaries.Offline;

namespace Bot.Core.Quotes.Offline;

/// <summary>
/// Key quotes: direct speech and attributed statements first, then the most central sentences; whole sentences
/// (or whole quoted spans of over-long sentences) of at most <see cref="MaxQuoteLength"/> characters. Never the
/// headline repeated, a question, page furniture, or a sentence that opens a quotation it does not close.
/// </summary>
public static class KeyQuoteSelector
{
    public const int MaxQuoteLength = 300;
    private const int MinSpanWords = 6;
    private const double DuplicateSimilarity = 0.5;

    /// <summary>Best first; avoided sentences only when nothing else is left.</summary>
    public static List<QuoteCandidate> Select(ArticleAnalysis analysis, int count, IReadOnlyList<string>? avoid)
    {
        var avoided = (avoid ?? []).Select(VerbatimText.Normalize).Where(a => a.Length > 0).ToList();
        var ranked = Candidates(analysis).OrderByDescending(c => c.Score).ThenBy(c => c.Sentence.Index).ToList();

        var picked = new List<QuoteCandidate>(count);
        Fill(picked, ranked.Where(c => !IsAvoided(c.Text, avoided)), count, analysis.Ranking);
        Fill(picked, ranked, count, analysis.Ranking);
        return picked;
    }

    private static IEnumerable<QuoteCandidate> Candidates(ArticleAnalysis analysis)
    {
        foreach (var sentence in analysis.Sentences.Where(s => !analysis.InCaption(s) && !analysis.RepeatsTitle(s)))
        {
            var centrality = analysis.Ranking.Score(sentence.Index);
            if (SentenceShape.IsWholeSentence(sentence.Text, MaxQuoteLength))
            {
                if (analysis.IsFurniture(sentence))
                {
                    continue;
                }
                yield return QuoteCandidate.WholeSentence(sentence, Tier(sentence.Text) + centrality);
                continue;
            }

            if (sentence.Text.Length <= MaxQuoteLength)
            {
                continue;
            }
            foreach (var (start, length) in SpeechDetector.QuotedSpans(sentence.Text))
            {
                var span = sentence.Text.Substring(start, length).Trim().TrimEnd(',', ';', ' ');
                if (span.Length <= MaxQuoteLength && char.IsUpper(span.FirstOrDefault())
                    && Articles.WordCounter.Count(span) >= MinSpanWords)
                {
                    var offset = sentence.Text.IndexOf(span, start, StringComparison.Ordinal);
                    yield return new QuoteCandidate(sentence, sentence.Span.Start + offset, span, 1.5 + centrality);
                }
            }
        }
    }

    /// <summary>2: quoted and attributed; 1.5: quoted; 1: attributed; 0: neither.</summary>
    private static double Tier(string text)
    {
        var quoted = SpeechDetector.HasQuotedSpeech(text);
        var attributed = SpeechDetector.IsAttributed(text);
        return quoted && attributed ? 2 : quoted ? 1.5 : attributed ? 1 : 0;
    }

    private static void Fill(List<QuoteCandidate> picked, IEnumerable<QuoteCandidate> ranked, int count, SentenceRanking ranking)
    {
        foreach (var candidate in ranked)
        {
            if (picked.Count >= count)
            {
                return;
            }
            var redundant = picked.Any(p => p.Sentence.Index == candidate.Sentence.Index
                || ranking.Similarity(p.Sentence.Index, candidate.Sentence.Index) >= DuplicateSimilarity);
            if (!redundant)
            {
                picked.Add(candidate);
            }
        }
    }

    private static bool IsAvoided(string text, List<string> avoided)
    {
        var normalized = VerbatimText.Normalize(text);
        return avoided.Any(a => a.Contains(normalized, StringComparison.Ordinal) || normalized.Contains(a, StringComparison.Ordinal));
    }
}
