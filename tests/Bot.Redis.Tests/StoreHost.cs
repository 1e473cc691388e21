using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Storage;
using Bot.Testing.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Redis.Tests;

/// <summary>One bot instance's storage, as the bot registers it: SQLite on a temp file, or Redis under a key prefix.
/// Two hosts on the same file or prefix are two instances sharing one store.</summary>
internal sealed class StoreHost : IAsyncDisposable
{
    private StoreHost(IHost host, ListLoggerProvider logs)
    {
        Host = host;
        Logs = logs;
    }

    public IHost Host { get; }

    public ListLoggerProvider Logs { get; }

    public IArticleCache Articles => Get<IArticleCache>();

    public ISummaryCache Summaries => Get<ISummaryCache>();

    public IRecentLinks RecentLinks => Get<IRecentLinks>();

    public IDeliveredEvents Events => Get<IDeliveredEvents>();

    public IRequestRateLimiter RateLimiter => Get<IRequestRateLimiter>();

    public IWorkLocks Locks => Get<IWorkLocks>();

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Builds the host and runs the start-up checks, as the bot does before it starts.</summary>
    public static async Task<StoreHost> StartAsync(string provider, IDictionary<string, string?> settings)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Configuration["Storage:Provider"] = provider;
        var logs = new ListLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        if (provider == StorageOptions.Redis)
        {
            builder.AddRedisStorage();
        }
        else
        {
            builder.AddSqliteStorage();
        }
        builder.AddChatCore();

        var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        foreach (var check in host.Services.GetServices<IStorageStartupCheck>())
        {
            await check.CheckAsync(CancellationToken.None);
        }
        return new StoreHost(host, logs);
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        SqliteConnection.ClearAllPools();
    }
}
