using Bot.Core.Chat;
using Bot.Slack.Tests.Fakes;
using Bot.Testing.Logging;
using Bot.Testing.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Tests;

/// <summary>The real adapter (AddSlackAdapter) in a host, pointed at a <see cref="FakeSlack"/> on loopback.</summary>
internal sealed class SlackHarness : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A1-secret-app";
    public const string BotToken = "xoxb-secret-bot";

    private SlackHarness(FakeSlack slack, IHost host, ScriptedHandler handler, RecordingDeliveredEvents delivered, ListLoggerProvider logs)
    {
        Slack = slack;
        Host = host;
        Handler = handler;
        Delivered = delivered;
        Logs = logs;
    }

    public FakeSlack Slack { get; }

    public IHost Host { get; }

    public ScriptedHandler Handler { get; }

    public RecordingDeliveredEvents Delivered { get; }

    public ListLoggerProvider Logs { get; }

    public static async Task<SlackHarness> StartAsync(
        Action<ScriptedHandler>? script = null, int connections = 1, Action<FakeSlack>? prepare = null)
    {
        var slack = await FakeSlack.StartAsync();
        prepare?.Invoke(slack);
        var handler = new ScriptedHandler();
        var delivered = new RecordingDeliveredEvents();
        var logs = new ListLoggerProvider();
        script?.Invoke(handler);

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = AppToken,
            ["Slack:BotToken"] = BotToken,
            ["Slack:ApiBaseUrl"] = slack.ApiBase,
            ["Slack:Connections"] = connections.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Slack:AutoSummarizeChannels:0"] = "CAUTO",
        });
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IDeliveredEvents>(delivered);
        builder.AddSlackAdapter();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddProvider(logs);

        var harness = new SlackHarness(slack, builder.Build(), handler, delivered, logs);
        await harness.Host.StartAsync();
        return harness;
    }

    /// <summary>Waits for the adapter's first connection and says hello on it.</summary>
    public Task<FakeSocket> ConnectAsync() => Slack.ConnectAsync();

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
        await Slack.DisposeAsync();
        Assert.DoesNotContain(Logs.Lines, line => line.Contains(AppToken, StringComparison.Ordinal) || line.Contains(BotToken, StringComparison.Ordinal));
    }
}
