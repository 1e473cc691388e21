using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Testing.Corpora;

namespace Bot.Bench.Quality;

/// <summary>
/// <c>quality extraction &lt;readability-layout dir&gt; [--min-f1 F] [--min-titles T]</c>: the extractor over every page,
/// scored against each expected.html with the article-extraction benchmark's shingle metric (as <c>extract-score.py</c>),
/// and the share of pages whose title matches the expected one.
/// </summary>
internal static class ExtractionQuality
{
    public static int Run(string directory, string[] args)
    {
        var minF1 = QualityGate.Threshold(args, "--min-f1", 0.975);
        var minTitles = QualityGate.Threshold(args, "--min-titles", 0.9);
        var pages = ReadabilityPages.Load(directory);
        var extractor = new ArticleExtractor();
        var counts = new List<ShingleScore.Counts>();
        int titled = 0, titleMatches = 0;
        foreach (var page in pages)
        {
            var (text, title) = Extract(extractor, page);
            var count = ShingleScore.Compare(ExpectedText.Of(page.ExpectedHtml), text);
            counts.Add(count);
            if (count.Precision < 0.9 || count.Recall < 0.9)
            {
                Console.WriteLine($"  low: {page.Id}: P {count.Precision:F3} R {count.Recall:F3}");
            }
            if (!string.IsNullOrWhiteSpace(page.ExpectedTitle))
            {
                titled++;
                titleMatches += Normalize(title) == Normalize(page.ExpectedTitle) ? 1 : 0;
            }
        }
        var score = ShingleScore.Aggregate(counts);
        var titleShare = titled == 0 ? 0 : (double)titleMatches / titled;
        Console.WriteLine($"quality extraction {directory}: pages {pages.Count}  F1 {score.F1:F4}  P {score.Precision:F4}  " +
            $"R {score.Recall:F4}  titles {titleMatches}/{titled}");
        var pass = QualityGate.AtLeast("F1", score.F1, minF1) & QualityGate.AtLeast("title share", titleShare, minTitles);
        return pass ? 0 : 1;
    }

    private static (string Text, string? Title) Extract(ArticleExtractor extractor, ReadabilityPages.Page page)
    {
        try
        {
            var article = extractor.Extract(page.SourceHtml, $"https://example.com/{page.Id}/");
            return (article.Text, article.Title);
        }
        catch (ArticleException)
        {
            return ("", null);
        }
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
