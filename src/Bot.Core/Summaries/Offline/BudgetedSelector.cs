using Bot.Core.Quotes;

namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Picks bullets best first within a word budget: a sentence that would overrun the budget ends the summary, so three
/// short informative sentences win over two long ones, and a long one never crowds out the lead. A sentence that says
/// the same as one already picked is passed over. A sentence that leans on the one before it ("He said…", "But the
/// council…") is only taken when that one is shown too: its predecessor is taken in its place when it may be a bullet,
/// otherwise it is left out.
/// </summary>
public static class BudgetedSelector
{
    private const double DuplicateSimilarity = 0.6;

    /// <summary>Up to <paramref name="count"/> candidates within <paramref name="wordBudget"/> words (the first always), best first.</summary>
    public static List<ArticleSentence> Select(
        IReadOnlyList<ArticleSentence> candidates, ArticleAnalysis analysis, int count, int wordBudget, List<ArticleSentence>? already = null)
    {
        var ranking = analysis.Ranking;
        var picked = already ?? [];
        var words = picked.Sum(BulletText.WordCount);
        var byIndex = candidates.ToDictionary(c => c.Index);
        var texts = picked.Select(p => VerbatimText.Normalize(p.Text)).ToHashSet(StringComparer.Ordinal);
        foreach (var best in candidates.OrderByDescending(c => ranking.Score(c.Index)).ThenBy(c => c.Index))
        {
            if (picked.Count >= count)
            {
                break;
            }
            var next = best;
            if (SentenceCues.LeansOnContext(BulletText.Of(best.Text)) && !picked.Exists(p => p.Index == best.Index - 1))
            {
                if (!byIndex.TryGetValue(best.Index - 1, out var introduction) || SentenceCues.LeansOnContext(BulletText.Of(introduction.Text)))
                {
                    continue;
                }
                next = introduction;
            }
            if (picked.Contains(next) || picked.Exists(p => ranking.Similarity(p.Index, next.Index) >= DuplicateSimilarity)
                || !texts.Add(VerbatimText.Normalize(next.Text)))
            {
                continue;
            }
            var length = BulletText.WordCount(next);
            if (picked.Count > 0 && words + length > wordBudget)
            {
                break;
            }
            picked.Add(next);
            words += length;
        }
        return picked;
    }
}
