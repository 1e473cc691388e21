namespace Bot.Bench;

/// <summary>Median, p95 and throughput of per-page timings.</summary>
internal sealed record Timings(double MedianMs, double P95Ms, double MaxMs, double TotalMs, int Pages, int Failures)
{
    public double PagesPerSecond => TotalMs == 0 ? 0 : Pages * 1000 / TotalMs;

    public static Timings Of(List<double> ms, int failures)
    {
        var sorted = ms.Order().ToList();
        double At(double q) => sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        var median = sorted.Count == 0 ? 0
            : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
        return new Timings(median, At(0.95), sorted.LastOrDefault(), sorted.Sum(), sorted.Count, failures);
    }

    public string Line(string name) =>
        $"{name,-12} median {MedianMs,7:F2} ms  p95 {P95Ms,7:F2} ms  max {MaxMs,7:F1} ms  {PagesPerSecond,7:F1} pages/s  " +
        $"pages {Pages}  failures {Failures}";
}
