using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Coordination;
using Bot.Core.Diagnostics;
using Bot.Core.Storage;
using Bot.Core.Storage.Memory;
using Bot.Redis.Caches;
using Bot.Redis.Connection;
using Bot.Redis.Coordination;
using Bot.Redis.Events;
using Bot.Redis.Links;
using Bot.Redis.Locks;
using Bot.Redis.RateLimits;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Redis;

public static class RedisStorageExtensions
{
    /// <summary>
    /// The shared store (<c>Storage:Provider=redis</c>): caches, recent links, delivered-event ids, the request rate
    /// limits, the turns on identical work, the Discord identify turns and REST rate limits, all on the server named by <c>Storage:Redis</c>, with TTLs instead of
    /// pruning. While the server is out of reach, caches miss and the rest falls back to this instance's memory.
    /// </summary>
    public static IHostApplicationBuilder AddRedisStorage(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddStorageOptions();
        services.AddOptions<ChatOptions>().BindConfiguration(ChatOptions.Section);
        services.AddOptions<RedisStorageOptions>()
            .BindConfiguration(RedisStorageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RedisStorageOptions>, RedisStorageOptionsValidator>());

        services.TryAddSingleton<RedisKeys>();
        services.TryAddSingleton<RedisConnection>();
        services.AddSingleton<IStorageStartupCheck>(sp => sp.GetRequiredService<RedisConnection>());
        services.TryAddSingleton<MemoryDeliveredEvents>();
        services.TryAddSingleton<RequestRateLimiter>();

        services.AddSingleton<IArticleCache, RedisArticleCache>();
        services.AddSingleton<ISummaryCache, RedisSummaryCache>();
        services.AddSingleton<IRecentLinks, RedisRecentLinks>();
        services.AddSingleton<IDeliveredEvents, RedisDeliveredEvents>();
        services.AddSingleton<IRequestRateLimiter, RedisRequestRateLimiter>();
        services.AddSingleton<IWorkLocks, RedisWorkLocks>();
        // Added, not tried: it replaces the Discord adapter's in-memory queue whichever is registered first.
        services.TryAddSingleton<InMemoryIdentifyQueue>();
        services.AddSingleton<IIdentifyQueue, RedisIdentifyQueue>();
        services.AddSingleton<ISharedRestRateLimits, RedisRestRateLimits>();
        services.AddBotDiagnostics().AddHealthChecks().AddCheck<RedisHealthCheck>("storage", tags: [DiagnosticsServiceCollectionExtensions.ReadyTag]);
        return builder;
    }
}
