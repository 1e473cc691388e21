using Bot.Core.Articles;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;

namespace Bot.Core.Tests.Summaries;

public sealed class StandfirstTests
{
    private static readonly string[] Body =
    [
        "The regional council voted on Tuesday to replace the sea walls of three towns with dunes and salt marshes.",
        "The project will cost 240 million euros over twelve years, according to the council's own estimate.",
        "Engineers say that living defences grow with the rising sea instead of being overtopped by storm surges.",
        "Fishermen fear the marshes will silt up the harbour entrance, and some homeowners plan to go to court.",
        "The first dunes will be planted next spring, after a public consultation on the design of the barriers.",
        "Insurers said premiums for seafront homes could fall by a fifth once the new defences are complete.",
    ];

    [Fact]
    public async Task The_publishers_summary_line_under_the_headline_is_a_bullet_even_without_a_full_stop()
    {
        const string dek = "Three coastal towns trade their concrete sea walls for dunes and marshes after two floods in six weeks";
        var article = new Article("https://example.org/a", "Coastal towns rethink flood defences", [dek, .. Body]);

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.Equal(dek, summary.Bullets[0]);
    }

    [Fact]
    public async Task A_line_without_a_full_stop_further_down_is_still_no_bullet()
    {
        const string heading = "What the coastal towns will do with the money from the regional council next year";
        var article = new Article("https://example.org/a", "Coastal towns rethink flood defences", [.. Body[..3], heading, .. Body[3..]]);

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Long), default);

        Assert.DoesNotContain(heading, summary.Bullets);
    }

    [Fact]
    public async Task A_second_headline_in_Title_Case_is_no_standfirst()
    {
        const string headline = "Coastal Towns Trade Their Concrete Sea Walls for Dunes and Marshes";
        var article = new Article("https://example.org/a", "Flood defences: the new plan", [headline, .. Body]);

        var summary = await new OfflineSummarizer().SummarizeAsync(article, new SummaryRequest(SummaryLength.Short), default);

        Assert.DoesNotContain(headline, summary.Bullets);
        Assert.Equal(Body[0], summary.Bullets[0]);
    }
}
