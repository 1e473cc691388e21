using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Testing;
using Bot.Testing.Corpora;
using Xunit.Abstractions;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>
/// Extraction of the real pages kept in the repository, scored against Readability.js's expected article with the
/// article-extraction benchmark's shingle metric. The whole-corpus gate runs from <c>.ci/run</c> (bench <c>quality</c>).
/// </summary>
public sealed class RealPageExtractionTests(ITestOutputHelper output)
{
    public static TheoryData<string> PageIds =>
        new(ReadabilityPages.Load(RepoPaths.ReadabilityPages).Select(p => p.Id));

    [Theory]
    [MemberData(nameof(PageIds))]
    public void Each_page_is_extracted_with_its_title_and_most_of_its_article(string id)
    {
        var page = ReadabilityPages.Load(RepoPaths.ReadabilityPages).Single(p => p.Id == id);

        var article = new ArticleExtractor().Extract(page.SourceHtml, $"https://example.com/{page.Id}/");

        var score = ShingleScore.Compare(ExpectedText.Of(page.ExpectedHtml), article.Text);
        output.WriteLine($"{id}: P {score.Precision:F3} R {score.Recall:F3}");
        Assert.True(score.Precision >= 0.8 && score.Recall >= 0.8, $"{id}: P {score.Precision:F3} R {score.Recall:F3}");
        Assert.Equal(Normalize(page.ExpectedTitle), Normalize(article.Title));
    }

    [Fact]
    public void The_sample_scores_at_least_0975_f1_as_a_whole()
    {
        var extractor = new ArticleExtractor();
        var counts = ReadabilityPages.Load(RepoPaths.ReadabilityPages)
            .Select(p => ShingleScore.Compare(ExpectedText.Of(p.ExpectedHtml), Extract(extractor, p)))
            .ToList();

        var score = ShingleScore.Aggregate(counts);

        output.WriteLine($"pages {counts.Count}  F1 {score.F1:F4}  P {score.Precision:F4}  R {score.Recall:F4}");
        Assert.True(score.F1 >= 0.975, $"F1 {score.F1:F4} is below 0.975");
    }

    private static string Extract(ArticleExtractor extractor, ReadabilityPages.Page page)
    {
        try
        {
            return extractor.Extract(page.SourceHtml, $"https://example.com/{page.Id}/").Text;
        }
        catch (ArticleException)
        {
            return "";
        }
    }

    private static string Normalize(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
