using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Tests.Summaries;

namespace Bot.Core.Tests.Quotes;

public class OfflineQuoteFinderTests
{
    private readonly OfflineQuoteFinder _finder = new();

    [Fact]
    public async Task KeyQuotesPreferQuotedSpeechThenAttributedStatements()
    {
        var article = CraftedArticles.WithSpeech();

        var selection = await _finder.FindAsync(article, new QuoteRequest(Count: 3), default);

        Assert.Equal("offline", selection.FinderId);
        Assert.Equal(3, selection.Quotes.Count);
        Assert.StartsWith("“We have waited a long time", selection.Quotes[0].Text);
        Assert.Equal(2, selection.Quotes[0].Paragraph);
        Assert.Contains(selection.Quotes.Skip(1), q => q.Text.StartsWith("According to the transport authority", StringComparison.Ordinal));
        Assert.True(selection.Quotes[0].Score >= selection.Quotes[1].Score);
    }

    [Fact]
    public async Task OverlongSentenceGivesItsWholeQuotedSpan()
    {
        var article = CraftedArticles.WithSpeech();

        var selection = await _finder.FindAsync(article, new QuoteRequest(Count: 5), default);

        Assert.All(selection.Quotes, q => Assert.True(q.Text.Length <= KeyQuoteSelector.MaxQuoteLength, q.Text));
        Assert.Contains(selection.Quotes, q => q.Text == "The river taught us more about humility than any project I have worked on in thirty years");
    }

    [Theory]
    [InlineData(0, 2)]
    [InlineData(4, 4)]
    [InlineData(50, 5)]
    public async Task KeyQuoteCountIsClampedToTwoToFive(int asked, int expected)
    {
        var selection = await _finder.FindAsync(CraftedArticles.LateNews(), new QuoteRequest(Count: asked), default);

        Assert.Equal(expected, selection.Quotes.Count);
    }

    [Fact]
    public async Task KeyQuotesAvoidSummaryBulletsWhenTheyCan()
    {
        var article = CraftedArticles.WithSpeech();
        var first = await _finder.FindAsync(article, new QuoteRequest(Count: 2), default);

        var avoid = first.Quotes.Select(q => q.Text).ToList();
        var second = await _finder.FindAsync(article, new QuoteRequest(Count: 2, Avoid: avoid), default);

        Assert.Equal(2, second.Quotes.Count);
        Assert.Empty(second.Quotes.Select(q => q.Text).Intersect(avoid));
    }

    [Fact]
    public async Task TopicQuotesFindThePassageWithContext()
    {
        var article = CraftedArticles.Science();

        var selection = await _finder.FindAsync(article, new QuoteRequest(Topic: "funding of the computing teams", Count: 1), default);

        var quote = Assert.Single(selection.Quotes);
        Assert.Equal(article.Paragraphs[4], quote.Text);
        Assert.Equal(article.Paragraphs[3], quote.Before);
        Assert.Equal(article.Paragraphs[5], quote.After);
        Assert.Empty(selection.Notices);
    }

    [Fact]
    public async Task TopicPhraseBeatsScatteredWords()
    {
        var article = CraftedArticles.Science();

        var selection = await _finder.FindAsync(article, new QuoteRequest(Topic: "Nuclear Fusion", Count: 2), default);

        Assert.Equal(2, selection.Quotes.Count);
        Assert.StartsWith("Researchers reported steady progress on nuclear fusion", selection.Quotes[0].Text);
        Assert.StartsWith("The nuclear plant next to the campus", selection.Quotes[1].Text);
    }

    [Fact]
    public async Task TopicStemsWords()
    {
        var selection = await _finder.FindAsync(CraftedArticles.Science(), new QuoteRequest(Topic: "visitor tours", Count: 1), default);

        Assert.StartsWith("Visitors can tour the campus", Assert.Single(selection.Quotes).Text);
    }

    [Theory]
    [InlineData("football transfers")]
    [InlineData("the of and")]
    [InlineData("football laboratory transfers window")]
    public async Task NothingRelevantGivesNoQuotesAndSaysSo(string topic)
    {
        var selection = await _finder.FindAsync(CraftedArticles.Science(), new QuoteRequest(Topic: topic), default);

        Assert.Empty(selection.Quotes);
        Assert.Equal([$"no passage about \"{topic}\" in this article"], selection.Notices);
    }
}
