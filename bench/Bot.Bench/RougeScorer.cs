using System.Text.RegularExpressions;
using Bot.Core.Text;

namespace Bot.Bench;

/// <summary>ROUGE-1, ROUGE-2 and ROUGE-Lsum F1 (0..1) of one summary.</summary>
internal readonly record struct RougeF1(double R1, double R2, double RLsum);

/// <summary>
/// ROUGE with Google rouge-score's conventions, as <c>../shared/tools/rouge/rouge.py</c> computes them: lower case,
/// every run of characters other than a-z0-9 a space, tokens longer than three characters Porter-stemmed; ROUGE-Lsum is
/// the summary-level union LCS over sentences, each token counted at most as often as it occurs on both sides;
/// several references: the best F1 per measure.
/// </summary>
internal static partial class RougeScorer
{
    public static List<string> Tokens(string text) =>
        UnstemmedTokens(text).Select(t => t.Length > 3 ? PorterStemmer.Stem(t) : t).ToList();

    public static IEnumerable<string> UnstemmedTokens(string text) =>
        NonAlphanumeric().Split(text.ToLowerInvariant()).Where(t => t.Length > 0);

    public static RougeF1 Best(IReadOnlyList<string> references, string summary)
    {
        var hypothesis = Tokens(summary);
        var hypothesisSentences = RougeSentences.Split(summary).Select(Tokens).ToList();
        var scores = references.Select(r => Score(r, hypothesis, hypothesisSentences)).ToList();
        return new RougeF1(scores.Max(s => s.R1), scores.Max(s => s.R2), scores.Max(s => s.RLsum));
    }

    private static RougeF1 Score(string reference, List<string> hypothesis, List<List<string>> hypothesisSentences)
    {
        var tokens = Tokens(reference);
        var sentences = RougeSentences.Split(reference).Select(Tokens).ToList();
        return new RougeF1(NGram(tokens, hypothesis, 1), NGram(tokens, hypothesis, 2), Lsum(sentences, hypothesisSentences));
    }

    private static double F1(int hits, int hypothesisCount, int referenceCount)
    {
        var precision = hypothesisCount == 0 ? 0 : (double)hits / hypothesisCount;
        var recall = referenceCount == 0 ? 0 : (double)hits / referenceCount;
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    private static double NGram(List<string> reference, List<string> hypothesis, int n)
    {
        var wanted = Grams(reference, n);
        var offered = Grams(hypothesis, n);
        var hits = wanted.Sum(w => Math.Min(w.Value, offered.GetValueOrDefault(w.Key)));
        return F1(hits, offered.Values.Sum(), wanted.Values.Sum());
    }

    private static Dictionary<string, int> Grams(List<string> tokens, int n)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i + n <= tokens.Count; i++)
        {
            var gram = n == 1 ? tokens[i] : string.Join(' ', tokens.GetRange(i, n));
            counts[gram] = counts.GetValueOrDefault(gram) + 1;
        }
        return counts;
    }

    private static double Lsum(List<List<string>> referenceSentences, List<List<string>> hypothesisSentences)
    {
        var m = referenceSentences.Sum(s => s.Count);
        var n = hypothesisSentences.Sum(s => s.Count);
        if (m == 0 || n == 0)
        {
            return 0;
        }
        var referenceLeft = Counts(referenceSentences);
        var hypothesisLeft = Counts(hypothesisSentences);
        var hits = 0;
        foreach (var reference in referenceSentences)
        {
            var union = new SortedSet<int>();
            foreach (var hypothesis in hypothesisSentences)
            {
                union.UnionWith(LcsPositions(reference, hypothesis));
            }
            foreach (var token in union.Select(i => reference[i]))
            {
                if (referenceLeft.GetValueOrDefault(token) > 0 && hypothesisLeft.GetValueOrDefault(token) > 0)
                {
                    hits++;
                    referenceLeft[token]--;
                    hypothesisLeft[token]--;
                }
            }
        }
        return F1(hits, n, m);
    }

    private static Dictionary<string, int> Counts(List<List<string>> sentences)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var token in sentences.SelectMany(s => s))
        {
            counts[token] = counts.GetValueOrDefault(token) + 1;
        }
        return counts;
    }

    /// <summary>Indices into <paramref name="a"/> of one longest common subsequence, traced back as rouge.py does.</summary>
    private static List<int> LcsPositions(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }
        var positions = new List<int>();
        for (int i = a.Count, j = b.Count; i > 0 && j > 0;)
        {
            if (a[i - 1] == b[j - 1])
            {
                positions.Add(i - 1);
                i--;
                j--;
            }
            else if (table[i, j - 1] > table[i - 1, j])
            {
                j--;
            }
            else
            {
                i--;
            }
        }
        return positions;
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NonAlphanumeric();
}
