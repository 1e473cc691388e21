using Bot.Core.Chat;
using Bot.Core.Diagnostics;
using Bot.Core.Storage.Memory;
using Bot.Slack.Events;
using Bot.Slack.Responding;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Slack;

public static class SlackAdapterExtensions
{
    // Slack: chat.postMessage allows about one message per second per channel, with short bursts.
    private static readonly TimeSpan PostInterval = TimeSpan.FromSeconds(1);
    private const int PostBurst = 3;

    /// <summary>
    /// Registers the Slack adapter (Socket Mode + Web API) bound to the "Slack" section. Needs an
    /// <see cref="IChatRequestHandler"/>; uses the host's <see cref="IDeliveredEvents"/> when registered.
    /// </summary>
    public static IHostApplicationBuilder AddSlackAdapter(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SlackOptions>()
            .BindConfiguration(SlackOptions.Section)
            .BindChannelList("Slack:AutoSummarizeChannels", o => o.AutoSummarizeChannels)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeliveredEvents, MemoryDeliveredEvents>();

        // Singletons hold this client, so connections are recycled by the handler instead of by the factory.
        services.AddHttpClient<SlackApiClient>((sp, http) =>
            {
                var baseUrl = sp.GetRequiredService<IOptions<SlackOptions>>().Value.ApiBaseUrl.AbsoluteUri;
                http.BaseAddress = new Uri(baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/");
                http.Timeout = TimeSpan.FromSeconds(30);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);

        services.TryAddSingleton<SlackRateLimitGate>();
        services.TryAddSingleton(sp => new ChannelPacer(
            sp.GetRequiredService<TimeProvider>(), PostInterval, PostBurst));
        services.TryAddSingleton<ITextSocketFactory, ClientTextSocketFactory>();
        services.TryAddSingleton<SlackBotIdentity>();
        services.TryAddSingleton<SocketModeClient>();
        services.TryAddSingleton<SlackResponders>();
        services.TryAddSingleton<MessageTranslator>();
        services.TryAddSingleton<EnvelopeDispatcher>();
        services.TryAddScoped<EventsApiHandler>();
        services.TryAddScoped<SlashCommandHandler>();
        services.AddHostedService<SlackAdapterService>();
        services.AddBotDiagnostics().AddHealthChecks().AddCheck<SlackHealthCheck>("slack", tags: [DiagnosticsServiceCollectionExtensions.ReadyTag]);
        return builder;
    }
}
