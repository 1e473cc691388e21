using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Discord.Gateway.Sharding;
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

    private readonly bool _ownsDiscord;

    private DiscordBotHarness(FakeDiscord discord, bool ownsDiscord, IHost host, ScriptedChatHandler handler, ListLoggerProvider logs)
    {
        _ownsDiscord = ownsDiscord;
        Discord = discord;
        Host = host;
        Handler = handler;
        Logs = logs;
    }

    public FakeDiscord Discord { get; }

    internal GatewayShardSet Shards => Host.Services.GetRequiredService<GatewayShardSet>();

    public IHost Host { get; }

    public ScriptedChatHandler Handler { get; }

    public ListLoggerProvider Logs { get; }

    /// <summary>
    /// Starts a bot host against a new fake Discord, or against <paramref name="sharedDiscord"/> (several hosts,
    /// one Discord; the caller disposes it); <paramref name="time"/> replaces the system clock;
    /// <paramref name="storage"/> registers a store before the adapter, as the bot does.
    /// </summary>
    public static async Task<DiscordBotHarness> StartAsync(
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        FakeDiscord? sharedDiscord = null,
        Action<IHostApplicationBuilder>? storage = null)
    {
        var discord = sharedDiscord ?? await FakeDiscord.StartAsync();
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
        if (time is not null)
            builder.Services.AddSingleton(time);
        storage?.Invoke(builder);
        builder.AddDiscordAdapter();
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IDeliveredEvents, InMemoryDeliveredEvents>();
        var host = builder.Build();
        foreach (var check in host.Services.GetServices<IStorageStartupCheck>())
            await check.CheckAsync(CancellationToken.None);
        await host.StartAsync();
        return new DiscordBotHarness(discord, sharedDiscord is null, host, handler, logs);
    }

    /// <summary>Accepts the bot's connection, says HELLO, checks it identifies, and sends READY (s = 1).</summary>
    public Task<FakeGatewayConnection> ConnectReadyAsync(int heartbeatMs = 45000, string sessionId = "session-1") =>
        Discord.ConnectReadyAsync(heartbeatMs, sessionId);

    public async ValueTask DisposeAsync()
    {
        using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
            await Host.StopAsync(cts.Token);
        Host.Dispose();
        if (_ownsDiscord)
            await Discord.DisposeAsync();
    }
}
