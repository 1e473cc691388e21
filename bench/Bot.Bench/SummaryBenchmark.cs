using System.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Bench;

/// <summary>
/// Times the offline summary + key quotes on the Readability corpus pages of 1,000–2,500 words, and compares
/// the summary with Lead-3 by a ROUGE-1 F1 against the page's own description where that is not article text.
/// Usage: <c>summary [corpus-folder] [--rounds N]</c>.
/// </summary>
public static class SummaryBenchmark
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre";

    public static async Task<int> RunAsync(string[] args)
    {
        var roundsAt = Array.IndexOf(args, "--rounds");
        var rounds = roundsAt >= 0 && roundsAt + 1 < args.Length ? int.Parse(args[roundsAt + 1]) : 20;
        var positional = args.Where((a, i) => i != roundsAt && i != roundsAt + 1 || roundsAt < 0).ToList();
        var folder = positional.FirstOrDefault() ?? DefaultCorpus();
        if (!Directory.Exists(folder))
        {
            Console.Error.WriteLine($"corpus folder not found: {folder}");
            return 2;
        }

        var pages = Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "expected.html")))
            .Select(Load)
            .Where(p => p.Article.WordCount is >= 1000 and <= 2500)
            .ToList();
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
        await CompareWithLead3Async(summarizer, pages);
        return 0;
    }

    private static async Task SummaryAndQuotesAsync(OfflineSummarizer summarizer, OfflineQuoteFinder finder, Article article)
    {
        var summary = await summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Medium), CancellationToken.None);
        await finder.FindAsync(article, new QuoteRequest(Count: 3, Avoid: summary.Bullets), CancellationToken.None);
    }

    /// <summary>
    /// A sanity check, not ROUGE proper: unigram F1 of stemmed content words against the page description,
    /// only where the description is not itself copied from the article (else Lead-3 wins by construction).
    /// </summary>
    private static async Task CompareWithLead3Async(OfflineSummarizer summarizer, List<Page> pages)
    {
        double ours = 0, lead = 0;
        var scored = 0;
        foreach (var page in pages)
        {
            if (string.IsNullOrWhiteSpace(page.Excerpt) || VerbatimIndexContains(page.Article, page.Excerpt))
            {
                continue;
            }
            var analyzer = TextAnalyzer.For(page.Article.Language, page.Excerpt);
            var reference = analyzer.Terms(page.Excerpt);
            if (reference.Count < 5)
            {
                continue;
            }

            var summary = await summarizer.SummarizeAsync(page.Article, new SummaryRequest(SummaryLength.Short), CancellationToken.None);
            var lead3 = page.Article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Take(3).Select(s => s.Text);
            ours += RougeOneF(reference, analyzer.Terms(string.Join(' ', summary.Bullets)));
            lead += RougeOneF(reference, analyzer.Terms(string.Join(' ', lead3)));
            scored++;
        }

        Console.WriteLine(scored == 0
            ? "  no page with an independent description to compare against"
            : $"  ROUGE-1 F1 vs page description ({scored} pages): offline {ours / scored:F3}, Lead-3 {lead / scored:F3}");
    }

    private static bool VerbatimIndexContains(Article article, string text) =>
        new VerbatimIndex(article).Contains(text.Length > 60 ? text[..60] : text);

    private static double RougeOneF(List<string> reference, List<string> candidate)
    {
        if (candidate.Count == 0)
        {
            return 0;
        }
        var available = candidate.GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var hits = 0;
        foreach (var term in reference)
        {
            if (available.TryGetValue(term, out var left) && left > 0)
            {
                available[term] = left - 1;
                hits++;
            }
        }
        var recall = (double)hits / reference.Count;
        var precision = (double)hits / candidate.Count;
        return hits == 0 ? 0 : 2 * recall * precision / (recall + precision);
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static Page Load(string pageFolder)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(pageFolder, "expected.html")));
        var paragraphs = document.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

        string? title = null, language = null, excerpt = null;
        var metadataPath = Path.Combine(pageFolder, "expected-metadata.json");
        if (File.Exists(metadataPath))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
            title = Property(metadata.RootElement, "title");
            language = Property(metadata.RootElement, "lang");
            excerpt = Property(metadata.RootElement, "excerpt");
        }
        var name = Path.GetFileName(pageFolder);
        var article = new Article($"https://corpus.example/{name}", title ?? name, paragraphs) { Language = language };
        return new Page(article, excerpt);
    }

    private static string? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string DefaultCorpus()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }
        var root = directory?.FullName ?? Directory.GetCurrentDirectory();
        return Path.GetFullPath(Path.Combine(root, "..", "shared", "corpus", "readability"));
    }

    private sealed record Page(Article Article, string? Excerpt);
}
