using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Core.Tests.Summaries;

public class OfflineSummarizerTests
{
    private readonly OfflineSummarizer _summarizer = new();

    [Theory]
    [InlineData(SummaryLength.Short, 3)]
    [InlineData(SummaryLength.Medium, 5)]
    [InlineData(SummaryLength.Long, 8)]
    public async Task GivesOneBulletPerSentenceAtEachLength(SummaryLength length, int expected)
    {
        var summary = await _summarizer.SummarizeAsync(CraftedArticles.LateNews(), new SummaryRequest(length), default);

        Assert.Equal(expected, summary.Bullets.Count);
        Assert.Equal("offline", summary.SummarizerId);
        Assert.Equal(["summary by the offline summarizer"], summary.Notices);
    }

    [Fact]
    public async Task BulletsAreWholeSentencesInArticleOrderWithoutDuplicates()
    {
        var article = CraftedArticles.LateNews();
        var sentences = article.Paragraphs.SelectMany(p => SentenceSplitter.Split(p)).Select(s => s.Text).ToList();

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Long), default);

        var positions = summary.Bullets.Select(b => sentences.IndexOf(b)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(summary.Bullets.Count, summary.Bullets.Distinct().Count());
        Assert.All(summary.Bullets, b => Assert.DoesNotContain(b, new[]
        {
            "Council decision",
            "Photo: the town hall square on the morning of the solar storage vote.",
            "IMPORTANT NOTICE FOR ALL READERS OF THIS PAGE ABOUT SOLAR STORAGE.",
            "Read more about the solar battery storage plan:",
            "https://news.example/solar-battery-storage-plan-details-and-documents",
        }));
    }

    [Fact]
    public async Task PrefersTheCentralContentOverTheLead()
    {
        var article = CraftedArticles.LateNews();

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.NotEqual(article.Paragraphs.Take(3), summary.Bullets);
        Assert.True(summary.Bullets.Count(b => b.Contains("storage", StringComparison.Ordinal)) >= 2,
            string.Join("\n", summary.Bullets));
    }

    [Fact]
    public async Task TranslationRequestAddsANotice()
    {
        var summary = await _summarizer.SummarizeAsync(CraftedArticles.LateNews(), new SummaryRequest(Language: "de"), default);
        var same = await _summarizer.SummarizeAsync(CraftedArticles.LateNews(), new SummaryRequest(Language: "EN"), default);

        Assert.Contains(OfflineSummarizer.TranslationNotice, summary.Notices);
        Assert.DoesNotContain(OfflineSummarizer.TranslationNotice, same.Notices);
    }

    [Fact]
    public async Task SummarizesJapaneseWithWholeSentences()
    {
        var article = new Article("https://news.example/ja", "新しい駅が開業", [
            "新しい駅が月曜日に開業し、多くの利用者が訪れました。駅の建設には五年かかりました。",
            "市長は新しい駅が地域の経済を支えると述べました。駅の周辺には新しい店も増えています。",
            "一方で、駅の駐車場が足りないという声もあります。市は来年までに駐車場を拡張する予定です。",
        ]) { Language = "ja" };

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(3, summary.Bullets.Count);
        Assert.All(summary.Bullets, b => Assert.EndsWith("。", b));
        Assert.All(summary.Bullets, b => Assert.True(new VerbatimIndex(article).Contains(b)));
    }

    [Fact]
    public async Task ALineRepeatingTheHeadlineIsNotABullet()
    {
        var article = new Article("https://news.example/bridge", "Council closes the old river bridge for repairs",
        [
            "Council Closes the Old River Bridge for Repairs",
            "The city council voted on Tuesday to close the old river bridge for at least six months.",
            "Engineers found cracks in two of the bridge's steel supports during a routine inspection last month.",
            "Drivers will be sent over the new ring road, which adds about ten minutes to the trip into town.",
            "The repairs will cost about 4 million dollars, paid from the city's reserve fund.",
        ]);

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(3, summary.Bullets.Count);
        Assert.DoesNotContain("Council Closes the Old River Bridge for Repairs", summary.Bullets);
        Assert.StartsWith("The city council voted", summary.Bullets[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task APhotoCaptionIsNeitherABulletNorAQuote()
    {
        const string caption = "Council members inspect the cracked supports of the old river bridge on Monday.";
        var article = new Article("https://news.example/bridge", "Council closes the old river bridge",
        [
            caption + " (Jane Doe/AFP/Getty Images)",
            "The city council voted on Tuesday to close the old river bridge for at least six months.",
            "Engineers found cracks in two of the bridge's steel supports during a routine inspection last month.",
            "\"We cannot take any risk with people's lives,\" the mayor said after the vote.",
            "Drivers will be sent over the new ring road, which adds about ten minutes to the trip into town.",
        ]);

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);
        var quotes = await new Bot.Core.Quotes.Offline.OfflineQuoteFinder().FindAsync(article, new QuoteRequest(Count: 5), default);

        Assert.Equal(3, summary.Bullets.Count);
        Assert.DoesNotContain(caption, summary.Bullets);
        Assert.DoesNotContain(quotes.Quotes, q => q.Text.Contains("inspect the cracked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnArticleOfListItemsOnlyIsSummarizedFromItsItems()
    {
        var article = new Article("https://game.example/changelog", "Version 1.8 changes",
        [
            "+ Added granite, andesite and diorite stone blocks with smooth versions",
            "+ Added ocean monuments with guardian mobs",
            "+ Villagers harvest crops and plant new ones",
            "+ Doors and fences come in every wood type",
            "+ Sponges absorb water again",
            "+ Added a spectator game mode",
            "+ Added",
        ]);

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(3, summary.Bullets.Count);
        Assert.All(summary.Bullets, b => Assert.False(b.StartsWith('+'), b));
        Assert.All(summary.Bullets, b => Assert.True(new VerbatimIndex(article).Contains(b), b));
    }

    [Fact]
    public async Task ArticleWithoutSentencesGivesNoBullets()
    {
        var article = new Article("https://news.example/empty", "Empty", ["Gallery", "Photo: a cat"]);

        var summary = await _summarizer.SummarizeAsync(article, new SummaryRequest(), default);

        Assert.Empty(summary.Bullets);
    }
}
