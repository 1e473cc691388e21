namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Continuous LexRank: PageRank over the sentence-similarity graph, solved by power iteration.
/// Sentences similar to many other central sentences score high.
/// </summary>
public static class LexRank
{
    private const double Damping = 0.85;
    private const double MinSimilarity = 0.05;
    private const int MaxIterations = 60;
    private const double Tolerance = 1e-7;

    /// <summary>Stationary scores (summing to one) for the given pairwise similarities.</summary>
    public static double[] Scores(double[,] similarity)
    {
        var n = similarity.GetLength(0);
        if (n == 0)
        {
            return [];
        }

        var rowSums = new double[n];
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < n; j++)
            {
                if (i != j && similarity[i, j] >= MinSimilarity)
                {
                    rowSums[i] += similarity[i, j];
                }
            }
        }

        var rank = Enumerable.Repeat(1.0 / n, n).ToArray();
        var next = new double[n];
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            // Sentences with no similar neighbour spread their score evenly (the dangling-node rule).
            var dangling = 0.0;
            for (var i = 0; i < n; i++)
            {
                dangling += rowSums[i] == 0 ? rank[i] : 0;
            }

            var baseline = (1 - Damping) / n + Damping * dangling / n;
            Array.Fill(next, baseline);
            for (var i = 0; i < n; i++)
            {
                if (rowSums[i] == 0)
                {
                    continue;
                }
                var share = Damping * rank[i] / rowSums[i];
                for (var j = 0; j < n; j++)
                {
                    if (i != j && similarity[i, j] >= MinSimilarity)
                    {
                        next[j] += share * similarity[i, j];
                    }
                }
            }

            var change = 0.0;
            for (var i = 0; i < n; i++)
            {
                change += Math.Abs(next[i] - rank[i]);
            }
            (rank, next) = (next, rank);
            if (change < Tolerance)
            {
                break;
            }
        }
        return rank;
    }
}
