using Bot.Core.Quotes;
using Bot.Core.Quotes.Offline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Summaries.Offline;

public static class OfflineSummariesExtensions
{
    /// <summary>
    /// Registers the offline summarizer and quote finder as themselves, and as <see cref="ISummarizer"/> and
    /// <see cref="IQuoteFinder"/> unless something (an LLM summarizer) has taken those already.
    /// </summary>
    public static IServiceCollection AddOfflineSummaries(this IServiceCollection services)
    {
        services.TryAddSingleton<OfflineSummarizer>();
        services.TryAddSingleton<OfflineQuoteFinder>();
        services.TryAddSingleton<ISummarizer>(sp => sp.GetRequiredService<OfflineSummarizer>());
        services.TryAddSingleton<IQuoteFinder>(sp => sp.GetRequiredService<OfflineQuoteFinder>());
        return services;
    }
}
