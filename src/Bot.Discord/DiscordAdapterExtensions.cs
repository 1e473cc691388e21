using Bot.Core.Chat;
using Bot.Core.Coordination;
using Bot.Core.Diagnostics;
using Bot.Discord.Adapter;
using Bot.Discord.Commands;
using Bot.Discord.Gateway;
using Bot.Discord.Gateway.Identify;
using Bot.Discord.Gateway.Sharding;
using Bot.Discord.Health;
using Bot.Discord.Metrics;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Discord;

public static class DiscordAdapterExtensions
{
    /// <summary>
    /// Adds the Discord adapter (gateway, REST client, slash commands) configured from the "Discord" section.
    /// Needs an <see cref="Bot.Core.Chat.IChatRequestHandler"/> and an <see cref="Bot.Core.Chat.IDeliveredEvents"/>.
    /// </summary>
    public static IHostApplicationBuilder AddDiscordAdapter(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<DiscordOptions>()
            .BindConfiguration(DiscordOptions.Section)
            .BindChannelList("Discord:AutoSummarizeChannels", o => o.AutoSummarizeChannels)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);

#pragma warning disable EXTEXP0001 // RemoveAllResilienceHandlers is experimental, but the only way to opt one client out of ConfigureHttpClientDefaults
        services.AddHttpClient(DiscordRestClient.HttpClientName, (sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<DiscordOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.DefaultRequestHeaders.TryAddWithoutValidation(
                    "User-Agent", $"DiscordBot ({options.UserAgentUrl}, {options.UserAgentVersion})");
            })
            // Request URLs hold interaction tokens: the factory's default logging would write them out.
            .RemoveAllLoggers()
            // 429s are handled as rate-limit data in DiscordRestClient; a host-wide retry handler must not resend messages.
            .RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        services.AddSingleton<RateLimitBuckets>();
        services.AddSingleton(sp => new GlobalRateLimit(
            sp.GetRequiredService<IOptions<DiscordOptions>>().Value.GlobalRequestsPerSecond, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<RestRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        services.AddMetrics();
        services.TryAddSingleton<DiscordGatewayMetrics>();
        services.TryAddSingleton<GatewayBotInfoSource>();
        services.TryAddSingleton<IIdentifyQueue, InMemoryIdentifyQueue>();
        services.TryAddSingleton<SessionStartBudget>();
        services.TryAddSingleton<GatewayShardServices>();
        services.TryAddSingleton<ShardPlanner>();
        services.TryAddSingleton<GatewayShardSet>();
        services.AddBotDiagnostics().AddHealthChecks().AddCheck<DiscordShardsHealthCheck>(DiscordShardsHealthCheck.Name, tags: [DiagnosticsServiceCollectionExtensions.ReadyTag]);
        services.AddSingleton<CommandRegistrar>();
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<RequestRunner>();
        services.AddSingleton<IDispatchHandler, ReadyHandler>();
        services.AddSingleton<IDispatchHandler, MessageCreateHandler>();
        services.AddSingleton<IDispatchHandler, InteractionCreateHandler>();
        services.AddHostedService<DiscordAdapter>();
        return builder;
    }
}
