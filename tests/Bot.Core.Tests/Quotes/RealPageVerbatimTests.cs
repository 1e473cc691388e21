using Bot.Testing;
using Bot.Testing.Corpora;

namespace Bot.Core.Tests.Quotes;

/// <summary>
/// The promise every quote keeps, checked on the real pages kept in the repository (the whole Readability corpus is
/// checked the same way from <c>.ci/run</c>: bench <c>quality verbatim</c>).
/// </summary>
public class RealPageVerbatimTests
{
    [Fact]
    public async Task Every_bullet_and_quote_on_every_real_page_is_verbatim_in_its_paragraph()
    {
        var result = await VerbatimAudit.RunAsync(ExpectedArticles.All(RepoPaths.ReadabilityPages));

        Assert.Equal(8, result.Pages);
        Assert.True(result.Quotes >= result.Pages * 3, $"only {result.Quotes} quotes over {result.Pages} pages");
        Assert.True(result.TopicQuotes >= result.Pages, $"only {result.TopicQuotes} topic quotes over {result.Pages} pages");
        Assert.Empty(result.Failures);
    }
}
