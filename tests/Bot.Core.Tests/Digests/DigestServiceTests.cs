using Bot.Core.Articles;
using Bot.Core.Digests;
using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Bot.Core.Tests.Storage;
using Microsoft.Extensions.Logging.Abstractions;
using Moq;

namespace Bot.Core.Tests.Digests;

/// <summary>The digest on the real offline summarizer, quote finder and SQLite summary cache.</summary>
public sealed class DigestServiceTests : IDisposable
{
    private static readonly Article Story = new("https://news.example.org/floods", "Coastal towns rethink flood defences",
    [
        "Three coastal towns have agreed to replace their ageing sea walls with dunes, salt marshes and movable barriers.",
        "The plan, approved on Tuesday by the regional council, will cost an estimated 240 million euros over twelve years.",
        "\"We spent forty years building walls higher and higher, and the sea kept winning,\" said harbourmaster Jonas Eklund.",
        "Climate scientists estimate that sea levels along this coast will rise by at least half a metre by 2100.",
        "Fishermen worry that the new salt marshes will silt up the harbour entrance and have threatened to go to court.",
        "\"Nobody asked us before the drawings were made,\" said Ingrid Sahlberg, who runs a guesthouse facing the beach.",
        "The council says the first dunes will be planted next spring, and residents will be consulted on the barriers.",
        "Insurers said premiums for seafront homes could fall by a fifth once the new defences are complete.",
    ])
    { SiteName = "The Harbour Gazette" };

    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task A_summary_comes_with_key_quotes_that_stand_word_for_word_in_the_article()
    {
        var digest = await Service().SummarizeAsync(new ArticleLookup(Story, false), new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal("Coastal towns rethink flood defences", digest.Title);
        Assert.Equal(3, digest.Summary.Count);
        Assert.InRange(digest.Quotes.Count, 1, 2);
        var index = new VerbatimIndex(Story);
        Assert.All(digest.Quotes, q =>
        {
            Assert.True(index.Contains(q.Text));
            Assert.StartsWith("https://news.example.org/floods#:~:text=", q.Link);
        });
        Assert.Contains("summary by the offline summarizer", digest.Notices);
        Assert.Equal("offline", digest.Summarizer);
        Assert.False(digest.Cached);
    }

    [Fact]
    public async Task A_truncated_article_says_so_in_the_summary_and_the_quotes()
    {
        var longDocument = Story with { Truncated = true };

        var summary = await Service().SummarizeAsync(new ArticleLookup(longDocument, false), new SummaryRequest(), default);
        var quotes = await Service().QuotesAsync(new ArticleLookup(longDocument, false), "sea walls", 2, default);

        Assert.Equal(DigestService.TruncatedNotice, summary.Notices[0]);
        Assert.Equal(DigestService.TruncatedNotice, quotes.Notices[0]);
    }

    [Fact]
    public async Task A_repeated_article_is_summarized_once_and_reported_as_cached()
    {
        var summarizer = new Mock<ISummarizer>();
        summarizer.SetupGet(s => s.Id).Returns("offline");
        summarizer.Setup(s => s.SummarizeAsync(It.IsAny<Article>(), It.IsAny<SummaryRequest>(), It.IsAny<CancellationToken>()))
            .Returns<Article, SummaryRequest, CancellationToken>((a, r, ct) => new OfflineSummarizer().SummarizeAsync(a, r, ct));
        var service = Service(summarizer.Object);

        var first = await service.SummarizeAsync(new ArticleLookup(Story, false), new SummaryRequest(), default);
        var second = await service.SummarizeAsync(new ArticleLookup(Story, true), new SummaryRequest(), default);

        summarizer.Verify(s => s.SummarizeAsync(It.IsAny<Article>(), It.IsAny<SummaryRequest>(), It.IsAny<CancellationToken>()), Times.Once);
        Assert.True(second.Cached);
        Assert.Equal(first.Summary, second.Summary);
        Assert.Equal(first.Quotes, second.Quotes);
    }

    [Fact]
    public async Task A_quote_that_is_not_in_the_article_never_leaves_even_if_a_finder_returns_it()
    {
        var lying = new Mock<IQuoteFinder>();
        lying.Setup(f => f.FindAsync(It.IsAny<Article>(), It.IsAny<QuoteRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new QuoteSelection(
            [
                new Quote("The mayor said the walls were perfectly fine.", 2),
                new Quote("Insurers said premiums for seafront homes could fall by a fifth", 7),
            ], "test", []));

        var digest = await Service(quotes: lying.Object).QuotesAsync(new ArticleLookup(Story, false), "insurance", 3, default);

        var quote = Assert.Single(digest.Quotes);
        Assert.StartsWith("Insurers said", quote.Text);
        Assert.Equal("insurance", digest.Topic);
    }

    [Fact]
    public async Task Topic_quotes_find_the_passage_or_say_there_is_none()
    {
        var service = Service();

        var marshes = await service.QuotesAsync(new ArticleLookup(Story, false), "salt marshes", 2, default);
        var football = await service.QuotesAsync(new ArticleLookup(Story, false), "football transfer", 2, default);

        Assert.Contains(marshes.Quotes, q => q.Text.Contains("salt marshes", StringComparison.Ordinal));
        Assert.Empty(football.Quotes);
        Assert.Contains(football.Notices, n => n.Contains("football transfer", StringComparison.Ordinal));
    }

    private DigestService Service(ISummarizer? summarizer = null, IQuoteFinder? quotes = null) => new(
        summarizer ?? new OfflineSummarizer(),
        quotes ?? new OfflineQuoteFinder(),
        _db.Summaries(),
        NullLogger<DigestService>.Instance);
}
