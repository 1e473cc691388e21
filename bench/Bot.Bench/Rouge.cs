using Bot.Core.Text;

namespace Bot.Bench;

/// <summary>One ROUGE measure: precision, recall and F1.</summary>
internal readonly record struct RougeScore(double Precision, double Recall)
{
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-L of a candidate against one reference.</summary>
internal readonly record struct RougeSet(RougeScore R1, RougeScore R2, RougeScore RL);

/// <summary>
/// ROUGE as the common scorers compute it (rouge-score with stemming): lower-case word tokens, Porter-stemmed for
/// English, stop words kept; ROUGE-L is the longest common subsequence over the whole text.
/// </summary>
internal static class Rouge
{
    public static List<string> Tokens(string text, bool english)
    {
        var tokens = WordTokenizer.Tokenize(text);
        return english ? tokens.Select(PorterStemmer.Stem).ToList() : tokens;
    }

    public static RougeSet Score(List<string> reference, List<string> candidate) =>
        new(NGram(reference, candidate, 1), NGram(reference, candidate, 2), Lcs(reference, candidate));

    /// <summary>The best score over several references, per measure, by F1 (as rouge-score's multi-reference mode).</summary>
    public static RougeSet Best(IEnumerable<List<string>> references, List<string> candidate)
    {
        var scores = references.Select(r => Score(r, candidate)).ToList();
        return new RougeSet(
            scores.MaxBy(s => s.R1.F1).R1, scores.MaxBy(s => s.R2.F1).R2, scores.MaxBy(s => s.RL.F1).RL);
    }

    private static RougeScore NGram(List<string> reference, List<string> candidate, int n)
    {
        var wanted = Counts(reference, n);
        var offered = Counts(candidate, n);
        var hits = wanted.Sum(w => Math.Min(w.Value, offered.GetValueOrDefault(w.Key)));
        var referenceTotal = Math.Max(0, reference.Count - n + 1);
        var candidateTotal = Math.Max(0, candidate.Count - n + 1);
        return new RougeScore(
            candidateTotal == 0 ? 0 : (double)hits / candidateTotal,
            referenceTotal == 0 ? 0 : (double)hits / referenceTotal);
    }

    private static Dictionary<string, int> Counts(List<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.Skip(i).Take(n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }

    private static RougeScore Lcs(List<string> reference, List<string> candidate)
    {
        if (reference.Count == 0 || candidate.Count == 0)
        {
            return new RougeScore(0, 0);
        }
        var previous = new int[candidate.Count + 1];
        var current = new int[candidate.Count + 1];
        foreach (var word in reference)
        {
            for (var j = 1; j <= candidate.Count; j++)
            {
                current[j] = word == candidate[j - 1] ? previous[j - 1] + 1 : Math.Max(previous[j], current[j - 1]);
            }
            (previous, current) = (current, previous);
        }
        var lcs = previous[candidate.Count];
        return new RougeScore((double)lcs / candidate.Count, (double)lcs / reference.Count);
    }
}
