namespace Bot.Bench;

/// <summary>A 95% interval for the mean of paired differences, by resampling the pairs (fixed seed).</summary>
internal static class PairedBootstrap
{
    private const int Resamples = 10_000;

    public static (double Low, double High) Interval(IReadOnlyList<double> differences)
    {
        var random = new Random(20261127);
        var means = new double[Resamples];
        for (var r = 0; r < Resamples; r++)
        {
            var sum = 0.0;
            for (var i = 0; i < differences.Count; i++)
            {
                sum += differences[random.Next(differences.Count)];
            }
            means[r] = sum / differences.Count;
        }
        Array.Sort(means);
        return (means[(int)(0.025 * Resamples)], means[(int)(0.975 * Resamples) - 1]);
    }
}
