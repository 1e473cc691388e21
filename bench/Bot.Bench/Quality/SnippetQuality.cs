using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Testing.Corpora;

namespace Bot.Bench.Quality;

/// <summary>
/// <c>quality snippets &lt;trafilatura-dev dir&gt; [--min-f1 F] [--min-precision P]</c>: the extractor over every page of
/// trafilatura's evaluation set (<c>html/</c> + <c>evaldata.json</c>), scored with its snippet metric (as
/// <c>snippet-score.py</c>), for the whole set and for its two halves (pages in file-name order, even and odd places:
/// rules were tuned on the even half, the odd half checks that they generalise).
/// </summary>
internal static class SnippetQuality
{
    public static int Run(string directory, string[] args)
    {
        var minF1 = QualityGate.Threshold(args, "--min-f1", 0.9);
        var minPrecision = QualityGate.Threshold(args, "--min-precision", 0.9);
        var extractor = new ArticleExtractor();
        var result = Score(directory, (html, url) => Ours(extractor, html, url));
        Console.WriteLine($"quality snippets {directory}: {result.Line()}");
        var pass = QualityGate.AtLeast("F1", result.All.F1, minF1)
            & QualityGate.AtLeast("precision", result.All.Precision, minPrecision);
        return pass ? 0 : 1;
    }

    public sealed record Result(int Pages, int Refused, SnippetScore.Counts All, SnippetScore.Counts Even,
        SnippetScore.Counts Odd)
    {
        public string Line() =>
            $"pages {Pages} (refused {Refused})  {Figures("all", All)}  |  {Figures("even", Even)}  |  {Figures("odd", Odd)}";

        private static string Figures(string name, SnippetScore.Counts c) =>
            $"{name} F {c.F1:F4} P {c.Precision:F4} R {c.Recall:F4}";
    }

    /// <summary>Whether the folder is laid out as trafilatura's evaluation set.</summary>
    public static bool IsSnippetCorpus(string directory) => File.Exists(Path.Combine(directory, "evaldata.json"));

    /// <summary>Our extract's text, or null when the extractor refuses the page.</summary>
    public static string? Ours(ArticleExtractor extractor, string html, string url)
    {
        try
        {
            return extractor.Extract(html, url).Text;
        }
        catch (ArticleException)
        {
            return null;
        }
    }

    /// <param name="extract">Page HTML and URL to the extracted text, or null for a refused page.</param>
    public static Result Score(string directory, Func<string, string, string?> extract)
    {
        var pages = SnippetScore.Load(Path.Combine(directory, "evaldata.json"));
        SnippetScore.Counts all = default, even = default, odd = default;
        var refused = 0;
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var html = CorpusPages.Read(Path.Combine(directory, "html", page.File));
            var text = extract(html, CorpusPages.UrlOf(page.File));
            refused += text is null ? 1 : 0;
            var counts = SnippetScore.Compare(page, text ?? "");
            all += counts;
            if (i % 2 == 0)
            {
                even += counts;
            }
            else
            {
                odd += counts;
            }
        }
        return new Result(pages.Count, refused, all, even, odd);
    }
}
