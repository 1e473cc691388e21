using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Articles.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>Registers the shared, thread-safe <see cref="ArticleExtractor"/>.</summary>
    public static IServiceCollection AddArticleExtraction(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new ArticleExtractor());
        return services;
    }
}
