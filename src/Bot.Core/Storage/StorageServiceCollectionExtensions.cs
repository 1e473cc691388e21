using Bot.Core.Chat;
using Bot.Core.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>The SQLite store (section <c>Storage</c>) behind <see cref="IArticleCache"/>, <see cref="ISummaryCache"/>,
    /// <see cref="IRecentLinks"/> and <see cref="IDeliveredEvents"/>; the file is checked and migrated at start
    /// and expired rows are pruned periodically.</summary>
    public static IHostApplicationBuilder AddSqliteStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<BotDatabase>();
        services.TryAddSingleton<StoragePruner>();
        services.TryAddSingleton<IArticleCache, SqliteArticleCache>();
        services.TryAddSingleton<ISummaryCache, SqliteSummaryCache>();
        services.TryAddSingleton<IRecentLinks, SqliteRecentLinks>();
        services.TryAddSingleton<IDeliveredEvents, SqliteDeliveredEvents>();
        services.AddHostedService<StorageStartup>();
        services.AddHostedService<StoragePruningService>();
        return builder;
    }
}
