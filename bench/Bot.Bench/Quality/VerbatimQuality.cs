using Bot.Testing.Corpora;

namespace Bot.Bench.Quality;

/// <summary>
/// <c>quality verbatim &lt;readability-layout dir&gt;</c>: every bullet and quote of every page stands word for word in its
/// article (zero failures allowed), with at least three quotes and one topic quote a page on average.
/// </summary>
internal static class VerbatimQuality
{
    public static async Task<int> RunAsync(string directory, string[] args)
    {
        var result = await VerbatimAudit.RunAsync(ExpectedArticles.All(directory));
        Console.WriteLine($"quality verbatim {directory}: pages {result.Pages}  quotes {result.Quotes}  " +
            $"topic quotes {result.TopicQuotes}  failures {result.Failures.Count}");
        foreach (var failure in result.Failures.Take(20))
        {
            Console.WriteLine("  " + failure);
        }
        var pass = QualityGate.AtMost("failures", result.Failures.Count, 0)
            & QualityGate.AtLeast("quotes per page", (double)result.Quotes / result.Pages, 3)
            & QualityGate.AtLeast("topic quotes per page", (double)result.TopicQuotes / result.Pages, 1);
        return pass ? 0 : 1;
    }
}
