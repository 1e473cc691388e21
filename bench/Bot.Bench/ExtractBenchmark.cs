using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;

namespace Bot.Bench;

/// <summary>
/// <c>extract &lt;dir&gt; [--repeat N] [--only ours|smartreader]</c>: times our extractor on every page (after a warm-up
/// pass), then runs SmartReader over the same pages in a child process so this process's peak memory is ours alone,
/// and prints both with the ratio.
/// </summary>
internal static class ExtractBenchmark
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: extract <dir> [--repeat N] [--only ours|smartreader]");
            return 2;
        }
        var directory = args[0];
        var repeat = Option(args, "--repeat") is { } r ? int.Parse(r) : 3;
        var only = Option(args, "--only");
        var pages = CorpusPages.Find(directory);
        if (only == "smartreader")
        {
            Console.WriteLine(Measure(pages, repeat, SmartReaderExtract).Line("smartreader"));
            return 0;
        }
        var extractor = new ArticleExtractor();
        var ours = Measure(pages, repeat, (html, url) => OurExtract(extractor, html, url));
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        Console.WriteLine(ours.Line("ours"));
        Console.WriteLine($"ours         peak working set {peak / (1024.0 * 1024):F0} MB (whole process)");
        if (only == "ours")
        {
            return 0;
        }
        var theirs = RunChild(directory, repeat);
        if (theirs is null)
        {
            return 1;
        }
        Console.WriteLine(theirs.Value.Line);
        Console.WriteLine($"ratio        ours/smartreader median {ours.MedianMs / theirs.Value.Median:F2}");
        return 0;
    }

    private static Timings Measure(List<(string Id, string Path)> pages, int repeat, Func<string, string, bool> extract)
    {
        foreach (var (id, path) in pages)
        {
            extract(File.ReadAllText(path), CorpusPages.UrlOf(id)); // warm-up
        }
        var ms = new List<double>(pages.Count);
        var failures = 0;
        foreach (var (id, path) in pages)
        {
            var html = File.ReadAllText(path);
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

    private static (string Line, double Median)? RunChild(string directory, int repeat)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ExtractBenchmark).Assembly.Location);
        }
        foreach (var arg in new[] { "extract", directory, "--repeat", repeat.ToString(), "--only", "smartreader" })
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
