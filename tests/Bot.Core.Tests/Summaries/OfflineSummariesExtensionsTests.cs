using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Bot.Core.Summaries;
using Bot.Core.Summaries.Offline;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace Bot.Core.Tests.Summaries;

public class OfflineSummariesExtensionsTests
{
    [Fact]
    public void RegistersTheOfflineImplementationsBehindTheInterfaces()
    {
        using var provider = new ServiceCollection().AddOfflineSummaries().BuildServiceProvider();

        Assert.Same(provider.GetRequiredService<OfflineSummarizer>(), provider.GetRequiredService<ISummarizer>());
        Assert.Same(provider.GetRequiredService<OfflineQuoteFinder>(), provider.GetRequiredService<IQuoteFinder>());
    }

    [Fact]
    public void LeavesAnEarlierSummarizerRegistrationInPlace()
    {
        var llm = Mock.Of<ISummarizer>();
        var services = new ServiceCollection();
        services.AddSingleton(llm);

        using var provider = services.AddOfflineSummaries().BuildServiceProvider();

        Assert.Same(llm, provider.GetRequiredService<ISummarizer>());
        Assert.NotNull(provider.GetRequiredService<OfflineSummarizer>());
    }
}
