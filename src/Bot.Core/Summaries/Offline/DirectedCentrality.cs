namespace Bot.Core.Summaries.Offline;

/// <summary>
/// Directed centrality after PacSum (Zheng and Lapata 2019): a sentence is central when the sentences after it take up
/// what it says; likeness to the sentences before it counts against it, since it then repeats what was said already.
/// Edges weaker than a share of the spread between the weakest and the strongest are dropped, so that the many faint
/// overlaps of common words do not drown the strong ones.
/// </summary>
public static class DirectedCentrality
{
    private const double EdgeThreshold = 0.3;
    private const double ForwardWeight = 1.0;
    private const double BackwardWeight = -2.0;

    /// <summary>Per sentence, in [-1, 1] (scaled by the largest magnitude); all zeros when nothing is alike.</summary>
    public static double[] Scores(double[,] similarity)
    {
        var n = similarity.GetLength(0);
        var scores = new double[n];
        if (n < 2)
        {
            return scores;
        }

        var min = double.MaxValue;
        var max = double.MinValue;
        for (var i = 0; i < n; i++)
        {
            for (var j = i + 1; j < n; j++)
            {
                min = Math.Min(min, similarity[i, j]);
                max = Math.Max(max, similarity[i, j]);
            }
        }
        var threshold = min + EdgeThreshold * (max - min);

        var largest = 0.0;
        for (var i = 0; i < n; i++)
        {
            var score = 0.0;
            for (var j = 0; j < n; j++)
            {
                var edge = j == i ? 0 : Math.Max(0, similarity[i, j] - threshold);
                score += edge * (j > i ? ForwardWeight : BackwardWeight);
            }
            scores[i] = score;
            largest = Math.Max(largest, Math.Abs(score));
        }
        for (var i = 0; i < n && largest > 0; i++)
        {
            scores[i] /= largest;
        }
        return scores;
    }
}
