using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;

namespace Bot.Bench;

/// <summary>
/// Times the offline summary + key quotes on the Readability corpus pages of 1,000–2,500 words, then prints the
/// proxy ROUGE scores of <see cref="SummaryProxies"/> against Lead-k.
/// Usage: <c>summary [corpus-folder] [--rounds N] [--detail]</c>.
/// </summary>
public static class SummaryBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt >= 0 && roundsAt + 1 < args.Length ? int.Parse(args[roundsAt + 1]) : 20;
        var positional = args.Where((a, i) => i != roundsAt && i != roundsAt + 1 || roundsAt < 0).Where(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
        var folder = positional.FirstOrDefault() ?? BenchPaths.Corpus();
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"corpus folder not found: {folder}");
            return 2;
        }

        var corpus = SummaryCorpus.Load(folder);
        var pages = corpus.Where(p => p.Article.WordCount is >= 1000 and <= 2500).ToList();
        if (pages.Count == 0)
        {
            Console.Error.WriteLine("no corpus page of 1,000-2,500 words");
            return 1;
        }

        var summarizer = new OfflineSummarizer();
        var finder = new OfflineQuoteFinder();
        for (var i = 0; i < 3; i++)
        {
            foreach (var page in pages)
            {
                await SummaryAndQuotesAsync(summarizer, finder, page.Article with { });
            }
        }

        var timings = new List<double>();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var page in pages)
            {
                // A fresh instance each time: the per-article analysis cache must not serve the timed run.
                var article = page.Article with { };
                var watch = Stopwatch.StartNew();
                await SummaryAndQuotesAsync(summarizer, finder, article);
                timings.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        timings.Sort();
        Console.WriteLine($"offline summary (medium) + key quotes: {pages.Count} pages of 1,000-2,500 words "
            + $"(mean {pages.Average(p => p.Article.WordCount):F0} words), {timings.Count} runs");
        Console.WriteLine($"  median {Percentile(timings, 0.5):F2} ms, p95 {Percentile(timings, 0.95):F2} ms, max {timings[^1]:F2} ms");
        await SummaryProxies.RunAsync(corpus, args.Contains("--detail"));
        return 0;
    }

    private static async Task SummaryAndQuotesAsync(OfflineSummarizer summarizer, OfflineQuoteFinder finder, Article article)
    {
        var summary = await summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Medium), CancellationToken.None);
        await finder.FindAsync(article, new QuoteRequest(Count: 3, Avoid: summary.Bullets), CancellationToken.None);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];
}
