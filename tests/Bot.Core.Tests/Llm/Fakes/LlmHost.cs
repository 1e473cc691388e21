using Bot.Core.Llm;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Bot.Testing;
using Bot.Testing.Llm;
using Bot.Testing.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Llm.Fakes;

/// <summary>A host wired as the bot wires it: offline fallbacks first, then AddLlmSummaries, config pointing at the loopback server.</summary>
public sealed class LlmHost : IAsyncDisposable
{
    public const string ApiKey = "sk-test-secret-key";

    private readonly IHost _host;

    private LlmHost(IHost host, FakeOfflineSummarizer summarizer, FakeOfflineQuoteFinder quotes, ListLoggerProvider logs)
    {
        _host = host;
        OfflineSummarizer = summarizer;
        OfflineQuotes = quotes;
        Logs = logs;
    }

    public FakeOfflineSummarizer OfflineSummarizer { get; }

    public FakeOfflineQuoteFinder OfflineQuotes { get; }

    public ListLoggerProvider Logs { get; }

    public IServiceProvider Services => _host.Services;

    public ISummarizer Summarizer => Services.GetRequiredService<ISummarizer>();

    public IQuoteFinder Quotes => Services.GetRequiredService<IQuoteFinder>();

    public static Dictionary<string, string?> OpenAICompatible(FakeChatServer server) => new()
    {
        ["Llm:Provider"] = "openai-compatible",
        ["Llm:Endpoint"] = new Uri(server.BaseUri, "v1").ToString(),
        ["Llm:Model"] = "test-model",
        ["Llm:ApiKey"] = ApiKey,
        ["Llm:Timeout"] = "00:00:30", // a cold first call on a loaded machine must not look like a timeout
        ["Llm:RetryDelay"] = "00:00:00.010",
        ["Llm:PromptsPath"] = RepoPaths.Prompts,
    };

    public static async Task<LlmHost> StartAsync(Dictionary<string, string?> settings, Action<IServiceCollection>? configure = null)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings);
        var summarizer = new FakeOfflineSummarizer();
        var quotes = new FakeOfflineQuoteFinder();
        var logs = new ListLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        // One fallback registered as the default, one keyed: both ways the offline features may register.
        builder.Services.AddSingleton<ISummarizer>(summarizer);
        builder.Services.AddKeyedSingleton<IQuoteFinder>(FallbackRegistration.ServiceKey, quotes);
        builder.Services.AddSingleton<IQuoteFinder>(sp => sp.GetRequiredKeyedService<IQuoteFinder>(FallbackRegistration.ServiceKey));
        builder.AddLlmSummaries();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new LlmHost(host, summarizer, quotes, logs);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
