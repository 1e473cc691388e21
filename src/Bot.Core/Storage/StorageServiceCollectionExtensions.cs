using Bot.Core.Chat;
using Bot.Core.Diagnostics;
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
        services.AddStorageOptions();
        services.TryAddSingleton<BotDatabase>();
        services.AddSingleton<IStorageStartupCheck>(sp => sp.GetRequiredService<BotDatabase>());
        services.TryAddSingleton<StoragePruner>();
        services.TryAddSingleton<IArticleCache, SqliteArticleCache>();
        services.TryAddSingleton<ISummaryCache, SqliteSummaryCache>();
        services.TryAddSingleton<IRecentLinks, SqliteRecentLinks>();
        services.TryAddSingleton<IDeliveredEvents, SqliteDeliveredEvents>();
        services.AddHostedService<StoragePruningService>();
        services.AddBotDiagnostics().AddHealthChecks().AddCheck<SqliteHealthCheck>("storage", tags: [DiagnosticsServiceCollectionExtensions.ReadyTag]);
        return builder;
    }

    /// <summary>The <c>Storage</c> options, validated at start, and the start-up run of every
    /// <see cref="IStorageStartupCheck"/>: what every store provider needs. Safe to call more than once.</summary>
    public static IServiceCollection AddStorageOptions(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(StorageOptionsMarker)))
        {
            return services;
        }

        services.AddSingleton<StorageOptionsMarker>();
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHostedService<StorageStartup>();
        return services;
    }

    private sealed class StorageOptionsMarker;
}
