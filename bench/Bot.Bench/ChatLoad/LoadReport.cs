namespace Bot.Bench.ChatLoad;

/// <summary>What one store's run measured, printed with the targets beside it.</summary>
internal sealed record LoadReport(
    string Store,
    LoadSettings Settings,
    List<double> PacedMs,
    List<double> SaturatedMs,
    double SummariesPerSecond,
    double PipelinePerSecond,
    long PeakBytes,
    long SteadyBytes,
    int Failures)
{
    private double PacedP50 => Percentile(PacedMs, 0.50);

    private double PacedP99 => Percentile(PacedMs, 0.99);

    public bool Met(double p50, double p99, double perSecond, long bytes) =>
        Failures == 0 && PacedP50 <= p50 && PacedP99 <= p99 && SummariesPerSecond >= perSecond && PeakBytes <= bytes;

    public void Print(TextWriter output)
    {
        const double Mb = 1024 * 1024;
        output.WriteLine($"chat-load  store {Store}  conversations {Settings.Conversations}");
        output.WriteLine(
            $"  paced      {PacedMs.Count,5} replies  link-to-final-reply p50 {PacedP50,7:F1} ms  p99 {PacedP99,7:F1} ms  " +
            $"max {PacedMs.DefaultIfEmpty().Max(),7:F1} ms  ({PacedMs.Count / Math.Max(1, Settings.Rounds):F0} conversations x {Settings.Rounds}, a link per second each)");
        output.WriteLine(
            $"  saturated  {SaturatedMs.Count,5} distinct pages  {SummariesPerSecond,7:F1} summaries/s (replies/s)  " +
            $"p50 {Percentile(SaturatedMs, 0.50),7:F1} ms  p99 {Percentile(SaturatedMs, 0.99),7:F1} ms");
        output.WriteLine(
            $"  pipeline   {Settings.Pages,5} distinct pages  {PipelinePerSecond,7:F1} summaries/s without chat in the same run; " +
            $"chat path / pipeline {SummariesPerSecond / PipelinePerSecond:F2}");
        output.WriteLine($"  working set peak {PeakBytes / Mb,6:F0} MB, after the paced phase {SteadyBytes / Mb,6:F0} MB " +
            "(one process: the bot, the fake Slack, the page server" + (Store == "redis" && Settings.Redis is null ? ", Garnet)" : ")"));
        output.WriteLine($"  failures {Failures}");
        output.WriteLine(
            $"  targets: p50 <= 50 ms {Verdict(PacedP50 <= 50)}, p99 <= 200 ms {Verdict(PacedP99 <= 200)}, " +
            $">= 100 summaries/s {Verdict(SummariesPerSecond >= 100)}, working set <= 200 MB {Verdict(PeakBytes <= 200L * 1024 * 1024)}");
    }

    private static string Verdict(bool ok) => ok ? "met" : "MISSED";

    private static double Percentile(List<double> values, double q)
    {
        if (values.Count == 0)
        {
            return 0;
        }
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(q * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
