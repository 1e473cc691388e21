namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Maximal Marginal Relevance: picks high-scoring sentences while penalising similarity to those already picked,
/// so a summary does not say the same thing twice.
/// </summary>
public static class MmrSelector
{
    private const double Lambda = 0.7;
    private const double DuplicateSimilarity = 0.6;

    /// <summary>Up to <paramref name="count"/> candidates, in the order they were picked (best first).</summary>
    public static List<ArticleSentence> Select(
        IReadOnlyList<ArticleSentence> candidates, SentenceRanking ranking, int count)
    {
        var picked = new List<ArticleSentence>(count);
        var pickedTexts = new HashSet<string>(StringComparer.Ordinal);
        var remaining = candidates.ToList();
        while (picked.Count < count && remaining.Count > 0)
        {
            ArticleSentence? best = null;
            var bestValue = double.NegativeInfinity;
            foreach (var candidate in remaining)
            {
                var redundancy = picked.Count == 0 ? 0 : picked.Max(p => ranking.Similarity(p.Index, candidate.Index));
                if (redundancy >= DuplicateSimilarity)
                {
                    continue;
                }
                var follows = picked.Exists(p => p.Index == candidate.Index - 1);
                var score = follows ? ranking.ScoreAfterPrevious(candidate.Index) : ranking.Score(candidate.Index);
                var value = Lambda * score - (1 - Lambda) * redundancy;
                if (value > bestValue)
                {
                    (best, bestValue) = (candidate, value);
                }
            }

            if (best is null)
            {
                break;
            }
            remaining.Remove(best);
            if (pickedTexts.Add(Quotes.VerbatimText.Normalize(best.Text)))
            {
                picked.Add(best);
            }
        }
        return picked;
    }
}
