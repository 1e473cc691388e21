using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Bot.Core.Llm;

public static class LlmRegistration
{
    /// <summary>The named HttpClient the connectors use (timeout, retry, circuit breaker).</summary>
    public const string HttpClientName = "llm";

    /// <summary>
    /// With <c>Llm:Provider</c> set, summaries and quote choice come from the LLM through Semantic Kernel; the offline
    /// summarizer and quote finder, registered before this call, become their fallbacks. With <c>none</c> (the default)
    /// nothing changes. Call after the offline summaries and quotes are registered.
    /// </summary>
    public static IHostApplicationBuilder AddLlmSummaries(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.Section).ValidateDataAnnotations().ValidateOnStart();

        var configured = builder.Configuration.GetSection(LlmOptions.Section).Get<LlmOptions>() ?? new LlmOptions();
        if (!LlmProviderNames.TryParse(configured.Provider, out var provider) || provider == LlmProvider.None)
        {
            return builder;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(HttpClientName)
            .ConfigureHttpClient((sp, client) => client.Timeout = Options(sp).Timeout * (Options(sp).MaxRetries + 1) + LlmDeadline.Grace)
            .AddResilienceHandler("llm", (pipeline, context) => LlmResilience.Configure(
                pipeline, Options(context.ServiceProvider), context.ServiceProvider.GetRequiredService<TimeProvider>()));

        // SK's Add*ChatCompletion extensions take a fixed HttpClient at registration; building the same connector
        // here gives each kernel a client from IHttpClientFactory instead.
        services.AddTransient<IChatCompletionService>(sp => ChatCompletionFactory.Create(
            Options(sp), sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName), sp.GetRequiredService<ILoggerFactory>()));
        services.AddKernel();

        services.TryAddSingleton<TokenCounter>();
        services.TryAddSingleton<ArticleChunker>();
        services.TryAddSingleton<LlmPrompts>();
        services.AddMetrics();
        services.TryAddSingleton<LlmMetrics>();
        services.TryAddSingleton<LlmInvoker>();
        services.TryAddSingleton<DigestCall>();
        services.AddHostedService<LlmPromptsPreloader>();

        FallbackRegistration.KeepAsFallback<ISummarizer>(services);
        FallbackRegistration.KeepAsFallback<IQuoteFinder>(services);
        services.AddSingleton<LlmSummarizer>(sp => new LlmSummarizer(
            sp.GetRequiredService<DigestCall>(), sp.GetRequiredService<LlmInvoker>(), sp.GetRequiredService<ArticleChunker>(), Options(sp),
            sp.GetRequiredKeyedService<ISummarizer>(FallbackRegistration.ServiceKey),
            sp.GetRequiredKeyedService<IQuoteFinder>(FallbackRegistration.ServiceKey),
            sp.GetRequiredService<LlmMetrics>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LlmSummarizer>>()));
        services.AddSingleton<LlmQuoteFinder>(sp => new LlmQuoteFinder(
            sp.GetRequiredService<LlmInvoker>(), sp.GetRequiredService<ArticleChunker>(), Options(sp),
            sp.GetRequiredKeyedService<IQuoteFinder>(FallbackRegistration.ServiceKey), sp.GetRequiredService<LlmMetrics>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<LlmQuoteFinder>>()));
        services.AddSingleton<ISummarizer>(sp => sp.GetRequiredService<LlmSummarizer>());
        services.AddSingleton<IQuoteFinder>(sp => sp.GetRequiredService<LlmQuoteFinder>());
        return builder;
    }

    private static LlmOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<LlmOptions>>().Value;
}
