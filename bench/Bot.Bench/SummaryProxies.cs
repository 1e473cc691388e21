using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Bench;

/// <summary>
/// PROXY quality check of the offline summarizer against Lead-k. The real judge (ROUGE against human reference
/// summaries of news pages) lives outside the project; here the references are descriptions the publishers wrote,
/// kept only where they are not copied from the article text (else Lead-k wins by construction).
/// </summary>
internal static class SummaryProxies
{
    private const int MinReferenceTokens = 5;

    /// <summary>Prints the scores, and with <paramref name="detail"/> each page's Short bullets and Lead-3 R1 F1.</summary>
    public static async Task RunAsync(List<SummaryPage> corpus, bool detail)
    {
        Console.WriteLine();
        Console.WriteLine("PROXY scores (not the real judge: references are publisher descriptions, not human summaries)");
        Console.WriteLine("ROUGE F1 (recall), tokens lower-case, Porter-stemmed for English, stop words kept; mean over pages");
        Console.WriteLine("Lead-k: first k sentences of any block (headings, deks included); whole sentences: first k that pass the bullet rules");

        var proxyA = corpus.Where(p => p.Article.WordCount is >= 1000 and <= 2500)
            .Select(p => (Page: p, References: Usable([p.Excerpt], p.IsCopied)))
            .Where(x => x.References.Count > 0)
            .ToList();
        await ReportAsync("proxy A: excerpt (expected-metadata.json) whose first 60 characters are not in the text, pages of 1,000-2,500 words", proxyA);
        ReportLegacy(proxyA);

        var proxyB = corpus.Where(p => p.Article.WordCount >= 300)
            .Select(p => (Page: p, References: Usable([p.Excerpt, .. p.MetaDescriptions], p.IsNearCopy)))
            .Where(x => x.References.Count > 0)
            .ToList();
        await ReportAsync("proxy B: excerpt + meta description/og/twitter of source.html not near-copied from any sentence (best reference), pages of 300+ words", proxyB);
        if (detail)
        {
            Detail(proxyB);
        }
    }

    private static List<string> Usable(IEnumerable<string?> candidates, Func<string, bool> copied) =>
        candidates.OfType<string>().Select(c => c.Trim())
            .Where(c => c.Length > 0 && !copied(c))
            .Where(c => WordTokenizer.Tokenize(c).Count >= MinReferenceTokens)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static async Task ReportAsync(string title, List<(SummaryPage Page, List<string> References)> pages)
    {
        Console.WriteLine();
        Console.WriteLine($"{title}: {pages.Count} pages");
        Console.WriteLine($"  {"",-28} {"R1-F",6} {"(R)",7} {"R2-F",6} {"(R)",7} {"RL-F",6} {"(R)",7}");
        var summarizer = new OfflineSummarizer();
        foreach (var length in new[] { SummaryLength.Short, SummaryLength.Medium })
        {
            var ours = new List<RougeSet>();
            var lead3 = new List<RougeSet>();
            var leadSame = new List<RougeSet>();
            var leadWhole = new List<RougeSet>();
            var count = length.BulletCount();
            foreach (var (page, references) in pages)
            {
                var english = IsEnglish(page.Article);
                var refs = references.Select(r => Rouge.Tokens(r, english)).ToList();
                var summary = await summarizer.SummarizeAsync(page.Article, new SummaryRequest(length), CancellationToken.None);
                ours.Add(Rouge.Best(refs, Rouge.Tokens(string.Join(' ', summary.Bullets), english)));
                lead3.Add(Rouge.Best(refs, Rouge.Tokens(Lead(page.Article, 3), english)));
                leadSame.Add(Rouge.Best(refs, Rouge.Tokens(Lead(page.Article, count), english)));
                leadWhole.Add(Rouge.Best(refs, Rouge.Tokens(WholeSentenceLead(page.Article, count), english)));
            }
            Row($"{length} ({count}) offline", ours);
            Row("Lead-3", lead3);
            if (count != 3)
            {
                Row($"Lead-{count}", leadSame);
            }
            Row($"Lead-{count} whole sentences", leadWhole);
        }
    }

    /// <summary>The figure the bench used to print (stop-word-free unigram F1, Short), kept so old and new runs compare.</summary>
    private static void ReportLegacy(List<(SummaryPage Page, List<string> References)> pages)
    {
        double ours = 0, lead = 0;
        foreach (var (page, references) in pages)
        {
            var analyzer = TextAnalyzer.For(page.Article.Language, references[0]);
            var reference = analyzer.Terms(references[0]);
            var bullets = OfflineSummarizer.Bullets(ArticleAnalysis.Of(page.Article), SummaryLength.Short);
            ours += Rouge.Score(reference, analyzer.Terms(string.Join(' ', bullets))).R1.F1;
            lead += Rouge.Score(reference, analyzer.Terms(Lead(page.Article, 3))).R1.F1;
        }
        var n = Math.Max(1, pages.Count);
        Console.WriteLine($"  legacy figure (content-word ROUGE-1 F1, Short): offline {ours / n:F3}, Lead-3 {lead / n:F3}");
    }

    private static void Detail(List<(SummaryPage Page, List<string> References)> pages)
    {
        foreach (var (page, references) in pages)
        {
            var english = IsEnglish(page.Article);
            var refs = references.Select(r => Rouge.Tokens(r, english)).ToList();
            var bullets = OfflineSummarizer.Bullets(ArticleAnalysis.Of(page.Article), SummaryLength.Short);
            var ours = Rouge.Best(refs, Rouge.Tokens(string.Join(' ', bullets), english)).R1.F1;
            var lead = Rouge.Best(refs, Rouge.Tokens(Lead(page.Article, 3), english)).R1.F1;
            Console.WriteLine($"{page.Name}: offline {ours:F3} Lead-3 {lead:F3}  ref: {Clip(references[0])}");
            foreach (var bullet in bullets)
            {
                Console.WriteLine($"    - {Clip(bullet)}");
            }
            foreach (var sentence in Lead(page.Article, 3, "\n").Split('\n'))
            {
                Console.WriteLine($"    L {Clip(sentence)}");
            }
        }
    }

    private static string Clip(string text) => text.Length > 110 ? text[..110] : text;

    private static void Row(string name, List<RougeSet> scores)
    {
        string Cell(Func<RougeSet, RougeScore> pick) =>
            $"{scores.Average(s => pick(s).F1),6:F3} ({scores.Average(s => pick(s).Recall):F3})";
        Console.WriteLine($"  {name,-28} {Cell(s => s.R1)} {Cell(s => s.R2)} {Cell(s => s.RL)}");
    }

    private static string Lead(Article article, int count, string separator = " ") =>
        string.Join(separator, article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Take(count).Select(s => s.Text));

    /// <summary>The first sentences that pass the bullet rules: Lead-k under the same constraints as our output.</summary>
    private static string WholeSentenceLead(Article article, int count) =>
        string.Join(' ', ArticleAnalysis.Of(article).BulletCandidates.Whole.Take(count).Select(s => s.Text));

    private static bool IsEnglish(Article article) =>
        (LanguageGuess.Normalize(article.Language) ?? LanguageGuess.FromText(string.Join(' ', article.Paragraphs.Take(20)))) == "en";
}
