using Bot.Core.Articles;
using Bot.Core.Articles.Documents;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Bench;

/// <summary>
/// ROUGE of the offline summary (Short unless asked) against written reference summaries, next to Lead-3, the way the external
/// judge runs it: each corpus page is rendered to a <c>.txt</c> file's text and read back through the same reader
/// as <c>summarize page.txt</c>.
/// Reference sets are the sub-folders of the references folder (one editor each); a set holds
/// <c>&lt;corpus page&gt;.txt</c> with one highlight per line. Scores are averaged over the sets, then over pages.
/// Pages are split alternately into halves "dev" and "test" so a change tuned on one half can be checked on the other.
/// Usage: <c>rouge [references-folder] [--corpus folder] [--length short|medium|long] [--detail]</c>.
/// </summary>
public static class ReferenceRouge
{
    public static async Task<int> RunAsync(string[] args)
    {
        var lengthAt = Array.IndexOf(args, "--length");
        var length = SummaryLength.Short;
        if (lengthAt >= 0 && (lengthAt + 1 >= args.Length || !SummaryLengthExtensions.TryParse(args[lengthAt + 1], out length)))
        {
            Console.Error.WriteLine("--length must be short, medium or long");
            return 2;
        }
        var corpusAt = Array.IndexOf(args, "--corpus");
        var corpusFolder = corpusAt >= 0 && corpusAt + 1 < args.Length ? args[corpusAt + 1] : BenchPaths.Corpus();
        var positional = args.Where((a, i) => !a.StartsWith("--", StringComparison.Ordinal)
            && (corpusAt < 0 || i != corpusAt + 1) && (lengthAt < 0 || i != lengthAt + 1)).ToList();
        var referencesFolder = positional.FirstOrDefault() ?? Path.Combine(BenchPaths.Root(), "bench", "references");
        if (!Directory.Exists(referencesFolder) || !Directory.Exists(corpusFolder))
        {
            Console.Error.WriteLine($"references or corpus folder not found: {referencesFolder}, {corpusFolder}");
            return 2;
        }

        var sets = Directory.GetDirectories(referencesFolder).Order(StringComparer.Ordinal).ToList();
        var names = sets.SelectMany(s => Directory.GetFiles(s, "*.txt")).Select(Path.GetFileNameWithoutExtension)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var pages = SummaryCorpus.Load(corpusFolder).Where(p => names.Contains(p.Name)).ToList();
        var results = new List<PageResult>();
        var summarizer = new OfflineSummarizer();
        foreach (var page in pages)
        {
            var article = PlainTextArticleReader.Read(AsTextFile(page.Article), page.Article.Url);
            var references = sets.Select(s => Path.Combine(s, page.Name + ".txt")).Where(File.Exists)
                .Select(f => Rouge.Tokens(string.Join(' ', File.ReadAllLines(f)), english: true)).ToList();
            var summary = await summarizer.SummarizeAsync(article, new SummaryRequest(length), CancellationToken.None);
            var lead = Lead3(article);
            var wholeLead = string.Join(' ', ArticleAnalysis.Of(article).BulletCandidates.Whole.Take(3).Select(s => s.Text));
            results.Add(new PageResult(
                page.Name,
                Score(references, string.Join(' ', summary.Bullets)),
                Score(references, lead),
                Score(references, wholeLead),
                summary.Bullets,
                lead));
        }

        Console.WriteLine($"ROUGE F1 (recall) against {sets.Count} reference set(s) in {referencesFolder}, {length} summary ({length.BulletCount()} bullets)");
        Console.WriteLine("Lead-3: the first 3 sentences of the text; Lead-3 whole sentences: the first 3 that pass the bullet rules");
        for (var half = 0; half < 3; half++)
        {
            var label = half switch { 0 => "dev", 1 => "test", _ => "all" };
            var chosen = results.Where((_, i) => half == 2 || i % 2 == half).ToList();
            Console.WriteLine();
            Console.WriteLine($"{label}: {chosen.Count} pages");
            Console.WriteLine($"  {"",-24} {"R1-F",6} {"(R)",7} {"R2-F",6} {"(R)",7} {"RL-F",6} {"(R)",7}");
            Row("offline", chosen.Select(r => r.Ours));
            Row("Lead-3", chosen.Select(r => r.Lead));
            Row("Lead-3 whole sentences", chosen.Select(r => r.WholeLead));
            var wins = chosen.Count(r => r.Ours.R1.F1 > r.Lead.R1.F1);
            var losses = chosen.Count(r => r.Ours.R1.F1 < r.Lead.R1.F1);
            Console.WriteLine($"  R1-F per page vs Lead-3: {wins} better, {losses} worse, {chosen.Count - wins - losses} equal");
            var (low, high) = BootstrapInterval(chosen.Select(r => r.Ours.R1.F1 - r.Lead.R1.F1).ToList());
            Console.WriteLine($"  R1-F offline minus Lead-3: 95% paired bootstrap interval [{low:+0.000;-0.000}, {high:+0.000;-0.000}]");
        }

        if (args.Contains("--detail"))
        {
            foreach (var result in results)
            {
                Console.WriteLine();
                Console.WriteLine($"{result.Name}: offline R1 {result.Ours.R1.F1:F3} R2 {result.Ours.R2.F1:F3}; Lead-3 R1 {result.Lead.R1.F1:F3} R2 {result.Lead.R2.F1:F3}");
                foreach (var bullet in result.Bullets)
                {
                    Console.WriteLine($"    - {Clip(bullet)}");
                }
                Console.WriteLine($"    L {Clip(result.LeadText)}");
            }
        }
        return 0;
    }

    /// <summary>The page as a user would save it to a <c>.txt</c> file: the title, a blank line, then the paragraphs.</summary>
    private static string AsTextFile(Article article) =>
        article.Title + "\n\n" + string.Join("\n\n", article.Paragraphs) + "\n";

    private static string Lead3(Article article) =>
        string.Join(' ', article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Take(3).Select(s => s.Text));


    /// <summary>2.5th and 97.5th percentiles of the mean of <paramref name="differences"/> over 10,000 resamples (fixed seed).</summary>
    private static (double Low, double High) BootstrapInterval(List<double> differences)
    {
        const int Resamples = 10_000;
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

    private static void Row(string name, IEnumerable<RougeSet> scores)
    {
        var list = scores.ToList();
        string Cell(Func<RougeSet, RougeScore> pick) =>
            $"{list.Average(s => pick(s).F1),6:F3} ({list.Average(s => pick(s).Recall):F3})";
        Console.WriteLine($"  {name,-24} {Cell(s => s.R1)} {Cell(s => s.R2)} {Cell(s => s.RL)}");
    }

    private static string Clip(string text) => text.Length > 150 ? text[..150] : text;

    private sealed record PageResult(
        string Name, RougeSet Ours, RougeSet Lead, RougeSet WholeLead, IReadOnlyList<string> Bullets, string LeadText);

    private static RougeSet Score(List<List<string>> references, string candidate) =>
        Rouge.Mean(references, Rouge.Tokens(candidate, english: true));
}
