using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;

namespace Bot.Core.Tests.Summaries;

/// <summary>The news-writing priors of the offline summary: lead, furniture, datelines, context openers.</summary>
public class NewsPriorsTests
{
    private const string Lead =
        "The city council approved a plan on Tuesday to build a solar battery storage plant on the edge of town.";

    private readonly OfflineSummarizer _summarizer = new();

    [Fact]
    public async Task KeepsTheFirstRealSentenceOfANewsLikeArticle()
    {
        // The later paragraphs all repeat "grid operator" and "rooftop panels", so centrality alone favours them.
        var article = News(
            "Updated at 10:42 on Tuesday, March 3, after the council vote was confirmed by the clerk.",
            "Image credit: the town hall square photographed by a resident on the morning of the vote.",
            Lead,
            "The grid operator said rooftop panels already feed the grid operator's lines at noon.",
            "Rooftop panels on schools will feed the grid operator at noon and the plant at night.",
            "The grid operator expects rooftop panels to double, and the grid operator welcomed the plan.",
            "Rooftop panels and the grid operator were the main topics of the three-hour meeting.",
            "Residents asked the grid operator whether rooftop panels on flats would be included.");

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(Lead, summary.Bullets[0]);
        Assert.DoesNotContain(summary.Bullets, b => b.StartsWith("Updated", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Bullets, b => b.StartsWith("Image credit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task CutsADatelineAndStaysVerbatim()
    {
        var article = News(
            "LONDON (Reuters) — " + Lead,
            "Officials expect the solar storage plant to open in 2026 and to power ten thousand homes.",
            "Critics of the plan questioned whether battery storage costs would fall as quickly as promised.",
            "The council will publish the full solar battery storage plan and its budget next month.");

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(Lead, summary.Bullets[0]);
        var verbatim = new VerbatimIndex(article);
        Assert.All(summary.Bullets, b => Assert.True(verbatim.Contains(b), b));
    }

    [Fact]
    public void ASentenceLeaningOnItsPredecessorComesWithItOrNotAtAll()
    {
        var article = News(
            Lead,
            "Engineers found cracks in the old storage hall that the plant will replace next spring.",
            "It will cost the city forty million euros and take three years to build, officials said.");
        var analysis = ArticleAnalysis.Of(article);
        var whole = analysis.BulletCandidates.Whole;
        var leaning = whole.Single(s => s.Text.StartsWith("It will", StringComparison.Ordinal));

        var withPredecessor = BudgetedSelector.Select(whole, analysis, 3, 100);
        var withoutPredecessor = BudgetedSelector.Select([whole[0], leaning], analysis, 3, 100);

        Assert.Equal(3, withPredecessor.Count);
        Assert.Equal([whole[0]], withoutPredecessor);
    }

    [Fact]
    public async Task PicksTheSelfContainedSentenceWhenTwoSayTheSame()
    {
        var article = News(
            Lead,
            "Budget and costs",
            "It will cost the city forty million euros and take three years to build, officials said.",
            "Budget details",
            "The plant will cost the city forty million euros and take three years to build, officials said.",
            "Critics of the plan questioned whether battery storage costs would fall as quickly as promised.");

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Contains(summary.Bullets, b => b.StartsWith("The plant will cost", StringComparison.Ordinal));
        Assert.DoesNotContain(summary.Bullets, b => b.StartsWith("It will cost", StringComparison.Ordinal));
    }

    private static Article News(params string[] paragraphs) =>
        new("https://news.example/solar", "Council approves solar battery storage plant", paragraphs) { Language = "en" };
}
