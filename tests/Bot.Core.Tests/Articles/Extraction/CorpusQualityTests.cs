using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>Extraction quality over the Readability.js test pages, with the benchmark's shingle metric.</summary>
public sealed class CorpusQualityTests(CorpusQualityTests.CorpusRun run, ITestOutputHelper output)
    : IClassFixture<CorpusQualityTests.CorpusRun>
{
    [Fact]
    public void Shingle_f1_over_the_corpus_is_at_least_0975()
    {
        var counts = run.Pages.Select(p => ShingleScore.Compare(ExpectedText.Of(p.Page.ExpectedHtml), p.Text)).ToList();
        var score = ShingleScore.Aggregate(counts);
        output.WriteLine($"pages {counts.Count}  F1 {score.F1:F4}  P {score.Precision:F4}  R {score.Recall:F4}");
        foreach (var (page, c) in run.Pages.Zip(counts).Where(x => x.Second.Recall < 0.9 || x.Second.Precision < 0.9))
        {
            output.WriteLine($"  {page.Page.Id}: P {c.Precision:F3} R {c.Recall:F3} {page.Error}");
        }
        Assert.Equal(130, counts.Count);
        Assert.True(score.F1 >= 0.975, $"F1 {score.F1:F4} is below 0.975");
    }

    [Fact]
    public void Titles_match_the_expected_titles_on_at_least_90_percent_of_pages()
    {
        var withTitle = run.Pages.Where(p => !string.IsNullOrWhiteSpace(p.Page.ExpectedTitle)).ToList();
        var misses = withTitle.Where(p => Normalize(p.Title) != Normalize(p.Page.ExpectedTitle)).ToList();
        var share = 1 - (double)misses.Count / withTitle.Count;
        output.WriteLine($"titles {withTitle.Count - misses.Count}/{withTitle.Count} = {share:P1}");
        foreach (var miss in misses)
        {
            output.WriteLine($"  {miss.Page.Id}: got \"{miss.Title}\" expected \"{miss.Page.ExpectedTitle}\"");
        }
        Assert.True(share >= 0.9, $"title match {share:P1} is below 90%");
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public sealed record ExtractedPage(ReadabilityCorpus.Page Page, string Text, string? Title, string? Error);

    /// <summary>Extracts every corpus page once for all tests of the class.</summary>
    public sealed class CorpusRun
    {
        public CorpusRun()
        {
            var extractor = new ArticleExtractor();
            Pages = ReadabilityCorpus.Pages().Select(page =>
            {
                try
                {
                    var article = extractor.Extract(page.SourceHtml, $"https://example.com/{page.Id}/");
                    return new ExtractedPage(page, article.Text, article.Title, null);
                }
                catch (ArticleException e) when (e.Kind == ArticleErrorKind.NotAnArticle)
                {
                    return new ExtractedPage(page, "", null, e.Message);
                }
            }).ToList();
        }

        public List<ExtractedPage> Pages { get; }
    }
}
