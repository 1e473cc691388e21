using Bot.Core.Chat;
using Bot.Testing.Discord;
using Bot.Testing.Logging;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Fakes;

/// <summary>The real adapter, wired by <c>AddDiscordAdapter</c>, pointed at a <see cref="FakeDiscord"/>.</summary>
public sealed class DiscordBotHarness : IAsyncDisposable
{
    public const string Token = "test-token-abc";
    public const string BotUserId = FakeDiscord.BotUserId;
    public const string ApplicationId = FakeDiscord.ApplicationId;

    private DiscordBotHarness(FakeDiscord discord, IHost host, ScriptedChatHandler handler, ListLoggerProvider logs)
    {
        Discord = discord;
        Host = host;
        Handler = handler;
        Logs = logs;
    }

    public FakeDiscord Discord { get; }

    public IHost Host { get; }

    public ScriptedChatHandler Handler { get; }

    public ListLoggerProvider Logs { get; }

    public static async Task<DiscordBotHarness> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var discord = await FakeDiscord.StartAsync();
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        var config = new Dictionary<string, string?>
        {
            ["Discord:Token"] = Token,
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:ReconnectBaseDelay"] = "00:00:00.010",
            ["Discord:ReconnectMaxDelay"] = "00:00:00.100",
            ["Discord:InvalidSessionMinDelay"] = "00:00:00.010",
            ["Discord:InvalidSessionMaxDelay"] = "00:00:00.050",
            ["Discord:IdentifyConcurrencyWindow"] = "00:00:00.050",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            config[key] = value;
        builder.Configuration.AddInMemoryCollection(config);
        var logs = new ListLoggerProvider();
        builder.Logging.AddProvider(logs).SetMinimumLevel(LogLevel.Debug);

        var handler = new ScriptedChatHandler();
        builder.AddDiscordAdapter();
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IDeliveredEvents, InMemoryDeliveredEvents>();
        var host = builder.Build();
        await host.StartAsync();
        return new DiscordBotHarness(discord, host, handler, logs);
    }

    /// <summary>Accepts the bot's connection, says HELLO, checks it identifies, and sends READY (s = 1).</summary>
    public Task<FakeGatewayConnection> ConnectReadyAsync(int heartbeatMs = 45000, string sessionId = "session-1") =>
        Discord.ConnectReadyAsync(heartbeatMs, sessionId);

    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await Host.StopAsync(cts.Token);
        Host.Dispose();
        await Discord.DisposeAsync();
    }
}
