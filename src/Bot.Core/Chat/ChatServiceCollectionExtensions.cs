using Bot.Core.Chat.GuardRails;
using Bot.Core.Diagnostics;
using Bot.Core.Chat.Handlers;
using Bot.Core.Chat.Requests;
using Bot.Core.Digests;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Chat;

public static class ChatServiceCollectionExtensions
{
    /// <summary>The platform-neutral bot: request parsing, guard rails, handlers and the router adapters talk to.</summary>
    public static IHostApplicationBuilder AddChatCore(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ChatOptions>()
            .BindConfiguration(ChatOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var services = builder.Services;
        services.AddBotDiagnostics();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DigestService>();
        services.AddSingleton<RequestParser>();
        services.TryAddSingleton<RequestRateLimiter>();
        // A shared store (Redis) registers its own before this, and falls back to the in-memory one above.
        services.TryAddSingleton<IRequestRateLimiter>(sp => sp.GetRequiredService<RequestRateLimiter>());
        services.TryAddSingleton<IWorkLocks, LocalWorkLocks>();
        services.AddSingleton<WorkGate>();
        services.AddSingleton<ArticleWork>();
        services.AddSingleton<LinkResolver>();

        // Order matters: the router runs the first handler that matches; help is the last resort.
        services.AddSingleton<IBotRequestHandler, SummarizeHandler>();
        services.AddSingleton<IBotRequestHandler, QuotesHandler>();
        services.AddSingleton<IBotRequestHandler, InvalidRequestHandler>();
        services.AddSingleton<IBotRequestHandler, HelpHandler>();
        services.AddSingleton<IChatRequestHandler, ChatRequestRouter>();
        return builder;
    }
}
