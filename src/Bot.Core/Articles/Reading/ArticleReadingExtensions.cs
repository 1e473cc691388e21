using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Articles.Reading;

public static class ArticleReadingExtensions
{
    /// <summary>The article pipeline: safe fetching, extraction, and <see cref="IArticleSource"/> with its cache.
    /// Needs a storage registration for <see cref="Storage.IArticleCache"/>.</summary>
    public static IHostApplicationBuilder AddArticleReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddBotDiagnostics();
        builder.AddArticleFetching();
        builder.Services.AddArticleExtraction();
        builder.Services.AddSingleton<ReadDeadline>();
        builder.Services.AddSingleton<ArticleReader>();
        builder.Services.AddSingleton<IArticleSource, ArticleService>();
        return builder;
    }
}
