using System.Diagnostics;
using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Chat;
using Bot.Core.Digests;
using Bot.Core.Storage;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Bench;

/// <summary>
/// Every generated hostile page next to a plain 1 MB article: the extract (decode, bound, parse, extraction) and the
/// chat answer (fetch over loopback HTTP, read, offline summary and quotes) through the bot's services, with CPU time
/// and the peak working set above the idle process. Each page runs in its own process so its peak is its own.
/// Usage: <c>hostile [--check]</c>; with <c>--check</c> the exit code is 1 when a page misses a target.
/// </summary>
public static class HostileBenchmark
{
    private const double ExtractTargetMs = 2_000;
    private const double AnswerTargetMs = 5_000;
    private const double MemoryTargetMb = 300;

    private const string Plain = "plain-1mb-article";

    public static int Run(string[] args)
    {
        var page = Array.IndexOf(args, "--page");
        if (page >= 0)
        {
            return MeasureAsync(args[page + 1]).GetAwaiter().GetResult();
        }

        Console.WriteLine($"{"page",-22} {"bytes",9} {"extract ms",11} {"cpu ms",8} {"answer ms",10} {"peak MB",8}  outcome");
        var missed = 0;
        foreach (var name in new[] { Plain }.Concat(HostilePages.All.Select(p => p.Name)))
        {
            var line = RunChild(name);
            Console.WriteLine(line);
            missed += MissesTarget(line) ? 1 : 0;
        }
        Console.WriteLine($"targets: extract <= {ExtractTargetMs} ms, answer <= {AnswerTargetMs} ms, peak <= {MemoryTargetMb} MB above idle; missed: {missed}");
        return args.Contains("--check") && missed > 0 ? 1 : 0;
    }

    private static string RunChild(string name)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(HostileBenchmark).Assembly.Location);
        }
        foreach (var arg in new[] { "hostile", "--page", name })
        {
            start.ArgumentList.Add(arg);
        }
        using var child = Process.Start(start)!;
        var output = child.StandardOutput.ReadToEnd().Trim();
        child.WaitForExit();
        return child.ExitCode == 0 ? output : $"{name,-22} failed with exit code {child.ExitCode}: {output}";
    }

    private static bool MissesTarget(string line)
    {
        var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return fields.Length < 6
            || !double.TryParse(fields[2], CultureInfo.InvariantCulture, out var extract) || extract > ExtractTargetMs
            || !double.TryParse(fields[4], CultureInfo.InvariantCulture, out var answer) || answer > AnswerTargetMs
            || !double.TryParse(fields[5], CultureInfo.InvariantCulture, out var memory) || memory > MemoryTargetMb;
    }

    /// <summary>One page, in this process: prints one line of the table.</summary>
    private static async Task<int> MeasureAsync(string name)
    {
        var body = name == Plain ? HostilePages.PlainArticle(1024 * 1024) : HostilePages.Get(name).Build();
        await using var server = await PageServer.StartAsync(app => app.MapGet("/page", () => Results.Bytes(body, "text/html")));
        var folder = Directory.CreateTempSubdirectory("bot-bench-hostile-").FullName;
        try
        {
            using var host = BenchHost.Build(Path.Combine(folder, "bot.db"), allowPrivateNetworks: true);
            await host.StartAsync();
            var reader = host.Services.GetRequiredService<ArticleReader>();
            var source = host.Services.GetRequiredService<IArticleSource>();
            var digests = host.Services.GetRequiredService<DigestService>();
            await WarmUpAsync(reader, digests);

            var self = Process.GetCurrentProcess();
            GC.Collect();
            self.Refresh();
            var idle = self.WorkingSet64;
            var cpu = self.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var extract = Outcome(() => reader.Read(new FetchedPage(new Uri("https://example.org/page"), MediaTypes.Html, null, body), allowThin: true));
            var extractMs = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            var extractCpu = (self.TotalProcessorTime - cpu).TotalMilliseconds;

            clock.Restart();
            string answer;
            try
            {
                var lookup = await source.GetAsync(new Uri(server.Url("/page")), CancellationToken.None);
                var digest = await digests.SummarizeAsync(lookup, new SummaryRequest(SummaryLength.Short), CancellationToken.None);
                answer = $"answer: {digest.Summary.Count} bullets";
            }
            catch (ArticleException ex)
            {
                answer = $"answer: \"{ex.Message}\"";
            }
            var answerMs = clock.Elapsed.TotalMilliseconds;
            self.Refresh();
            var peakMb = (self.PeakWorkingSet64 - idle) / (1024.0 * 1024);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-22} {body.Length,9} {extractMs,11:F0} {extractCpu,8:F0} {answerMs,10:F0} {peakMb,8:F0}  {extract}; {answer}"));
            await host.StopAsync();
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Outcome(Func<Article> read)
    {
        try
        {
            var article = read();
            return $"extract: {article.WordCount} words, {article.Paragraphs.Count} paragraphs";
        }
        catch (ArticleException ex)
        {
            return $"extract: \"{ex.Message}\"";
        }
    }

    /// <summary>Compiles the read and summary paths first, so the figures are the page's, not the JIT's.</summary>
    private static async Task WarmUpAsync(ArticleReader reader, DigestService digests)
    {
        var warm = reader.Read(new FetchedPage(new Uri("https://example.org/warm"), MediaTypes.Html, null, HostilePages.PlainArticle(64 * 1024)));
        await digests.SummarizeAsync(new ArticleLookup(warm, FromCache: false), new SummaryRequest(SummaryLength.Short), CancellationToken.None);
    }

}
