namespace Bot.Bench;

/// <summary>
/// The baselines of <c>../shared/tools/rouge/baselines.py</c>, sentence for sentence: Lead-k (the first k sentences)
/// and TextRank-k (Mihalcea and Tarau 2004: weighted PageRank over content-word overlap / (log|Si| + log|Sj|)). Both take
/// sentences in rank order until they have k or the word budget is reached, and print them in article order.
/// </summary>
internal static class RougeBaselines
{
    private const double Damping = 0.85;
    private const double Tolerance = 1e-8;
    private const int MaxIterations = 200;

    private static readonly HashSet<string> StopWords = new(
        ("a about above after again against all also am an and any are as at be because been before being below "
         + "between both but by can could did do does doing down during each few for from further had has have having he "
         + "her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not "
         + "now of off on once only or other our ours ourselves out over own same she should so some such than that the "
         + "their theirs them themselves then there these they this those through to too under until up very was we were "
         + "what when where which while who whom why will with would you your yours yourself yourselves said says mr mrs ms")
        .Split(' '),
        StringComparer.Ordinal);

    public static string Lead(string text, int k, int maxWords)
    {
        var sentences = RougeSentences.Split(text);
        return Take(sentences, Enumerable.Range(0, sentences.Count), k, maxWords);
    }

    public static string TextRank(string text, int k, int maxWords)
    {
        var sentences = RougeSentences.Split(text);
        var rank = PageRank(Weights(sentences));
        var order = Enumerable.Range(0, sentences.Count).OrderBy(i => -rank[i]).ThenBy(i => i);
        return Take(sentences, order, k, maxWords);
    }

    private static string Take(List<string> sentences, IEnumerable<int> order, int k, int maxWords)
    {
        var chosen = new List<int>();
        var words = 0;
        foreach (var i in order)
        {
            if (chosen.Count >= k || maxWords > 0 && words >= maxWords)
            {
                break;
            }
            chosen.Add(i);
            words += sentences[i].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        }
        return string.Join('\n', chosen.Order().Select(i => sentences[i]));
    }

    private static double[,] Weights(List<string> sentences)
    {
        var words = sentences.Select(ContentWords).ToList();
        var sets = words.Select(w => w.ToHashSet(StringComparer.Ordinal)).ToList();
        var n = sentences.Count;
        var weights = new double[n, n];
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                var denominator = Math.Log(Math.Max(1, words[i].Count)) + Math.Log(Math.Max(1, words[j].Count));
                var overlap = sets[i].Count(sets[j].Contains);
                if (overlap > 0 && denominator > 0)
                {
                    weights[i, j] = weights[j, i] = overlap / denominator;
                }
            }
        }
        return weights;
    }

    private static List<string> ContentWords(string sentence) =>
        RougeScorer.UnstemmedTokens(sentence).Where(t => !StopWords.Contains(t))
            .Select(t => t.Length > 3 ? Bot.Core.Text.PorterStemmer.Stem(t) : t)
            .ToList();

    private static double[] PageRank(double[,] weights)
    {
        var n = weights.GetLength(0);
        var outgoing = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                outgoing[i] += weights[i, j];
            }
        }
        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var dangling = Enumerable.Range(0, n).Where(j => outgoing[j] == 0).Sum(j => rank[j]) / n;
            var next = new double[n];
            for (var i = 0; i < n; i++)
            {
                var incoming = 0.0;
                for (var j = 0; j < n; j++)
                {
                    if (weights[j, i] > 0)
                    {
                        incoming += weights[j, i] / outgoing[j] * rank[j];
                    }
                }
                next[i] = (1 - Damping) / n + Damping * (dangling + incoming);
            }
            var change = next.Zip(rank, (a, b) => Math.Abs(a - b)).Sum();
            rank = next;
            if (change < Tolerance)
            {
                break;
            }
        }
        return rank;
    }
}
