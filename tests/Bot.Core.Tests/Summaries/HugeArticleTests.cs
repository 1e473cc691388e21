using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;

namespace Bot.Core.Tests.Summaries;

public class HugeArticleTests
{
    private static Article Huge()
    {
        var paragraphs = Enumerable.Range(0, 1500)
            .Select(i => $"Paragraph number {i} describes harbour traffic, weather, cargo volumes and shipping schedule {i % 17}.")
            .Append("The final paragraph reveals that the lighthouse keeper retired after forty years of service.")
            .ToList();
        return new Article("https://news.example/huge", "Harbour traffic report", paragraphs) { Language = "en" };
    }

    [Fact]
    public async Task RankingGraphIsCappedButTopicSearchReachesTheEnd()
    {
        var article = Huge();

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Long), default);
        var quotes = await new OfflineQuoteFinder().FindAsync(article, new QuoteRequest("lighthouse keeper", 1), default);

        var analysis = ArticleAnalysis.Of(article);
        Assert.Equal(8, summary.Bullets.Count);
        Assert.True(analysis.Ranking.Score(SentenceRanking.MaxGraphSentences - 1) > 0);
        Assert.Equal(0, analysis.Ranking.Score(SentenceRanking.MaxGraphSentences));
        Assert.Equal(1500, Assert.Single(quotes.Quotes).Paragraph);
    }
}
