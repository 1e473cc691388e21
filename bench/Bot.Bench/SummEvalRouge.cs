using System.Globalization;
using System.Text;
using System.Text.Json;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Bench;

/// <summary>
/// <c>rouge [--summeval DATA.jsonl] [--length short|medium|long] [--max-words N] [--gate] [--detail] [--save DIR]</c>:
/// the offline summary against human-written reference summaries (SummEval: CNN/DailyMail test articles, eleven
/// references each), next to Lead-3 and TextRank-3, with rouge-score conventions (<see cref="RougeScorer"/>) and the
/// same word budget for every system (default 75), as <c>../shared/tools/rouge/eval-bot.sh</c> scores the bot. Each
/// article goes through the same reader as <c>summarize article.txt</c>. Articles alternate between a dev and a test
/// half, so a change tuned on one can be checked on the other. With <c>--gate</c> the exit code is 1 when the offline
/// summary falls below Lead-3 on ROUGE-1 or ROUGE-Lsum over the whole set.
/// </summary>
public static class SummEvalRouge
{
    private const int DefaultMaxWords = 75;
    private static readonly string[] Systems = ["offline", "Lead-3", "TextRank-3"];

    public static async Task<int> RunAsync(string[] args)
    {
        var path = Option(args, "--summeval") ?? DefaultData();
        var length = SummaryLength.Short;
        if (Option(args, "--length") is { } lengthText && !SummaryLengthExtensions.TryParse(lengthText, out length))
        {
            Console.Error.WriteLine("--length must be short, medium or long");
            return 2;
        }
        var maxWords = Option(args, "--max-words") is { } words ? int.Parse(words, CultureInfo.InvariantCulture) : DefaultMaxWords;
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"SummEval data not found: {path}");
            return 2;
        }

        var documents = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(Parse).ToList();
        var deadline = new ReadDeadline(Options.Create(new FetchOptions()), TimeProvider.System, NullLogger<ReadDeadline>.Instance);
        var reader = new ArticleReader(new ArticleExtractor(), deadline);
        var summarizer = new OfflineSummarizer();
        var results = new List<DocumentResult>(documents.Count);
        foreach (var document in documents)
        {
            var file = ArticleReader.PageFromFile(Path.Combine(Path.GetTempPath(), document.Id + ".txt"), Encoding.UTF8.GetBytes(document.Text + "\n"));
            var summary = await summarizer.SummarizeAsync(reader.Read(file), new SummaryRequest(length), CancellationToken.None);
            string[] outputs =
            [
                string.Join('\n', summary.Bullets),
                RougeBaselines.Lead(document.Text, 3, maxWords),
                RougeBaselines.TextRank(document.Text, 3, maxWords),
            ];
            var budgeted = outputs.Select(o => RougeSentences.Truncate(o, maxWords)).ToArray();
            results.Add(new DocumentResult(document.Id, budgeted, budgeted.Select(o => RougeScorer.Best(document.References, o)).ToArray()));
        }

        Console.WriteLine($"ROUGE F1 x100 against {documents[0].References.Count} human references per article (best per measure), "
            + $"{length} summary, every system cut to {maxWords} words; {path}");
        for (var half = 0; half < 3; half++)
        {
            var label = half switch { 0 => "dev (even lines)", 1 => "test (odd lines)", _ => "all" };
            Report(label, results.Where((_, i) => half == 2 || i % 2 == half).ToList());
        }
        if (Option(args, "--save") is { } saveFolder)
        {
            Save(saveFolder, results);
        }
        if (args.Contains("--detail"))
        {
            Detail(results);
        }
        return args.Contains("--gate") ? Gate(results) : 0;
    }

    private static void Report(string label, List<DocumentResult> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{label}: {results.Count} articles");
        Console.WriteLine($"  {"system",-12} {"R1",6} {"R2",6} {"RLsum",6} {"words",6}");
        for (var s = 0; s < Systems.Length; s++)
        {
            var scores = results.Select(r => r.Scores[s]).ToList();
            var words = results.Average(r => r.Summaries[s].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length);
            Console.WriteLine($"  {Systems[s],-12} {scores.Average(x => x.R1) * 100,6:F2} {scores.Average(x => x.R2) * 100,6:F2} "
                + $"{scores.Average(x => x.RLsum) * 100,6:F2} {words,6:F1}");
        }
        var wins = results.Count(r => r.Scores[0].R1 > r.Scores[1].R1);
        var losses = results.Count(r => r.Scores[0].R1 < r.Scores[1].R1);
        var (low, high) = PairedBootstrap.Interval(results.Select(r => (r.Scores[0].R1 - r.Scores[1].R1) * 100).ToList());
        Console.WriteLine($"  R1 offline vs Lead-3 per article: {wins} better, {losses} worse, {results.Count - wins - losses} equal; "
            + $"mean difference 95% paired bootstrap [{low:+0.00;-0.00}, {high:+0.00;-0.00}]");
    }

    private static int Gate(List<DocumentResult> results)
    {
        double Mean(int system, Func<RougeF1, double> pick) => results.Average(r => pick(r.Scores[system])) * 100;
        var failures = new List<string>();
        foreach (var (name, pick) in new (string, Func<RougeF1, double>)[] { ("R1", x => x.R1), ("RLsum", x => x.RLsum) })
        {
            if (Mean(0, pick) < Mean(1, pick))
            {
                failures.Add($"{name} {Mean(0, pick):F2} < Lead-3 {Mean(1, pick):F2}");
            }
        }
        Console.WriteLine();
        Console.WriteLine(failures.Count == 0
            ? "gate passed: the offline summary is at or above Lead-3 on R1 and RLsum"
            : "gate FAILED: " + string.Join("; ", failures));
        return failures.Count == 0 ? 0 : 1;
    }

    private static void Save(string folder, List<DocumentResult> results)
    {
        for (var s = 0; s < Systems.Length; s++)
        {
            var directory = Directory.CreateDirectory(Path.Combine(folder, Systems[s])).FullName;
            foreach (var result in results)
            {
                File.WriteAllText(Path.Combine(directory, result.Id + ".txt"), result.Summaries[s] + "\n");
            }
        }
    }

    private static void Detail(List<DocumentResult> results)
    {
        foreach (var result in results)
        {
            Console.WriteLine();
            Console.WriteLine($"{result.Id}: offline R1 {result.Scores[0].R1 * 100:F1}, Lead-3 R1 {result.Scores[1].R1 * 100:F1}");
            foreach (var bullet in result.Summaries[0].Split('\n'))
            {
                Console.WriteLine($"    - {bullet}");
            }
        }
    }

    private static SummEvalDocument Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        return new SummEvalDocument(
            root.GetProperty("id").GetString()!,
            root.GetProperty("text").GetString()!,
            root.GetProperty("references").EnumerateArray().Select(r => r.GetString()!).ToList());
    }

    private static string DefaultData() =>
        Path.GetFullPath(Path.Combine(BenchPaths.Root(), "..", "shared", "corpus", "summeval", "summeval_100.jsonl"));

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private sealed record SummEvalDocument(string Id, string Text, IReadOnlyList<string> References);

    private sealed record DocumentResult(string Id, string[] Summaries, RougeF1[] Scores);
}
