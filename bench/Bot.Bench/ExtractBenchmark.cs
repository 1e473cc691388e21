using System.Diagnostics;
using AngleSharp.Html.Parser;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Bench.Quality;

namespace Bot.Bench;

/// <summary>
/// <c>extract &lt;dir&gt; [--repeat N] [--warmup N] [--only ours|smartreader]</c>: times our extractor on every page
/// (after at least 15 s of warm-up passes over the corpus: the JIT recompiles hot code in the background, tier 1 with
/// profile-guided optimisation, and one pass on a busy machine measures that transition, not the steady state), then runs
/// SmartReader the same way over the same pages in a child process so this process's peak memory is ours alone, and
/// prints both with the ratio. The AngleSharp parse alone (with the extractor's parser options) is timed too, as
/// the floor under both. Given trafilatura's evaluation set (a folder with <c>evaldata.json</c>), it also prints both
/// extractors' snippet scores (see <see cref="SnippetQuality"/>), so one command shows quality and speed side by side.
/// </summary>
internal static class ExtractBenchmark
{
    private static readonly TimeSpan WarmupTime = TimeSpan.FromSeconds(15);

    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: extract <dir> [--repeat N] [--only ours|smartreader]");
            return 2;
        }
        var directory = args[0];
        var repeat = Option(args, "--repeat") is { } r ? int.Parse(r) : 3;
        var warmup = Option(args, "--warmup") is { } w ? int.Parse(w) : 3; // passes, at least
        var only = Option(args, "--only");
        var pages = CorpusPages.Find(directory);
        if (only == "smartreader")
        {
            Console.WriteLine(Measure(pages, repeat, warmup, SmartReaderExtract).Line("smartreader"));
            return 0;
        }
        var extractor = new ArticleExtractor();
        var ours = Measure(pages, repeat, warmup, (html, url) => OurExtract(extractor, html, url));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(ours.Line("ours"));
        Console.WriteLine($"ours         peak working set {peak / (1024.0 * 1024):F0} MB (whole process)");
        var parser = new HtmlParser(ArticleExtractor.ParserOptions);
        var parse = Measure(pages, repeat, warmup, (html, _) =>
        {
            using var document = parser.ParseDocument(html);
            return document.Body is not null;
        });
        Console.WriteLine(parse.Line("parse only"));
        if (only == "ours")
        {
            return 0;
        }
        var theirs = RunChild(directory, repeat, warmup);
        if (theirs is null)
        {
            return 1;
        }
        Console.WriteLine(theirs.Value.Line);
        Console.WriteLine($"ratio        ours/smartreader median {ours.MedianMs / theirs.Value.Median:F2}  " +
            $"parse-only/smartreader {parse.MedianMs / theirs.Value.Median:F2}");
        if (SnippetQuality.IsSnippetCorpus(directory))
        {
            Console.WriteLine("quality      ours         " +
                SnippetQuality.Score(directory, (html, url) => SnippetQuality.Ours(extractor, html, url)).Line());
            Console.WriteLine("quality      smartreader  " + SnippetQuality.Score(directory, SmartReaderText).Line());
        }
        return 0;
    }

    private static Timings Measure(List<(string Id, string Path)> pages, int repeat, int warmup,
        Func<string, string, bool> extract)
    {
        // The JIT keeps postponing its tier-1 recompilation while new code paths still appear, so warm up for a
        // while, not a fixed number of passes.
        var clock = Stopwatch.StartNew();
        for (var pass = 0; pass < warmup || clock.Elapsed < WarmupTime; pass++)
        {
            foreach (var (id, path) in pages)
            {
                extract(CorpusPages.Read(path), CorpusPages.UrlOf(id));
            }
        }
        var ms = new List<double>(pages.Count);
        var failures = 0;
        foreach (var (id, path) in pages)
        {
            var html = CorpusPages.Read(path);
            var best = double.MaxValue;
            for (var i = 0; i < repeat; i++)
            {
                var watch = Stopwatch.StartNew();
                var ok = extract(html, CorpusPages.UrlOf(id));
                best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
                failures += ok || i > 0 ? 0 : 1;
            }
            ms.Add(best);
        }
        return Timings.Of(ms, failures);
    }

    private static bool OurExtract(ArticleExtractor extractor, string html, string url)
    {
        try
        {
            return extractor.Extract(html, url).Paragraphs.Count > 0;
        }
        catch (ArticleException)
        {
            return false;
        }
    }

    private static bool SmartReaderExtract(string html, string url)
    {
        var article = new SmartReader.Reader(url, html).GetArticle();
        return article.IsReadable;
    }

    private static string? SmartReaderText(string html, string url)
    {
        var article = new SmartReader.Reader(url, html).GetArticle();
        return article.IsReadable ? article.TextContent : null;
    }

    private static (string Line, double Median)? RunChild(string directory, int repeat, int warmup)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExtractBenchmark).Assembly.Location);
        }
        foreach (var arg in new[] { "extract", directory, "--repeat", repeat.ToString(), "--warmup", warmup.ToString(),
                     "--only", "smartreader" })
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start)!;
        var line = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var medianAt = Array.IndexOf(parts, "median");
        if (child.ExitCode != 0 || medianAt < 0)
        {
            Console.Error.WriteLine("SmartReader run failed: " + line);
            return null;
        }
        return (line, double.Parse(parts[medianAt + 1], System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }
}
