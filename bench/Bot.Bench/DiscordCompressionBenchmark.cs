using System.Collections.Concurrent;
using System.Globalization;
using Bot.Core.Chat;
using Bot.Discord;
using Bot.Testing.Discord;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Bench;

/// <summary>
/// Inbound gateway bytes with <c>Discord:Compression=zlib-stream</c> against <c>none</c> for the same session: the real
/// Discord adapter connects to the fake gateway, which sends the same dispatches both times (compressed by one deflate
/// context per connection) and counts the bytes it put on the wire; every message must reach the bot in both runs.
/// Usage: <c>discord-compression [--guilds N] [--messages N] [--min-ratio R] [--summeval FILE]</c>; exits 1 below the ratio.
/// </summary>
public static class DiscordCompressionBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var guilds = IntArg(args, "--guilds", 20);
        var messages = IntArg(args, "--messages", 2000);
        var minRatio = double.Parse(Arg(args, "--min-ratio") ?? "3", CultureInfo.InvariantCulture);
        var summeval = Arg(args, "--summeval")
            ?? Path.GetFullPath(Path.Combine(BenchPaths.Root(), "..", "shared", "corpus", "summeval", "summeval_100.jsonl"));
        if (!File.Exists(summeval))
        {
            Console.Error.WriteLine($"discord-compression: {summeval} not found (pass --summeval FILE)");
            return 2;
        }

        var guildCreates = DiscordSessionScript.GuildCreates(guilds, firstSequence: 2);
        var chat = DiscordSessionScript.Messages(DiscordSessionScript.Sentences(summeval), messages, firstSequence: 2 + guilds);
        var plain = await RunSessionAsync("none", guildCreates, chat);
        var compressed = await RunSessionAsync("zlib-stream", guildCreates, chat);

        Console.WriteLine($"one session: READY, {guilds} GUILD_CREATE, {messages} MESSAGE_CREATE (text from SummEval articles)");
        Console.WriteLine($"{"part",-16} {"none (B)",12} {"zlib-stream (B)",16} {"ratio",7}");
        Console.WriteLine(Row("GUILD_CREATE", plain.Guilds, compressed.Guilds));
        Console.WriteLine(Row("MESSAGE_CREATE", plain.Messages, compressed.Messages));
        Console.WriteLine(Row("whole session", plain.Total, compressed.Total));
        var ratio = (double)plain.Total / compressed.Total;
        if (ratio >= minRatio)
            return 0;
        Console.Error.WriteLine($"discord-compression: {ratio:F2}x is below the threshold {minRatio:F2}x");
        return 1;
    }

    private static async Task<SessionBytes> RunSessionAsync(string compression, IReadOnlyList<object> guildCreates, IReadOnlyList<object> chat)
    {
        await using var discord = await FakeDiscord.StartAsync();
        var handler = new CountingChatHandler();
        using var host = BuildHost(discord, compression, handler);
        await host.StartAsync();
        try
        {
            var connection = await discord.ConnectReadyAsync();
            var afterReady = connection.BytesSent;
            foreach (var frame in guildCreates)
                await connection.SendAsync(frame);
            var afterGuilds = connection.BytesSent;
            foreach (var frame in chat)
                await connection.SendAsync(frame);
            await handler.WaitForAsync(chat.Count, TimeSpan.FromSeconds(60));
            return new SessionBytes(afterGuilds - afterReady, connection.BytesSent - afterGuilds, connection.BytesSent);
        }
        finally
        {
            await host.StopAsync();
        }
    }

    private static IHost BuildHost(FakeDiscord discord, string compression, CountingChatHandler handler)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Discord:Token"] = "bench-token",
            ["Discord:ApiBaseUrl"] = discord.ApiBaseUrl,
            ["Discord:Compression"] = compression,
            ["Discord:ShardCount"] = "1",
        });
        builder.Logging.SetMinimumLevel(LogLevel.Warning).AddConsole();
        builder.AddDiscordAdapter();
        builder.Services.AddSingleton<IChatRequestHandler>(handler);
        builder.Services.AddSingleton<IDeliveredEvents, AcceptAllDeliveredEvents>();
        return builder.Build();
    }

    private static string Row(string part, long plain, long compressed) =>
        $"{part,-16} {plain,12:N0} {compressed,16:N0} {(double)plain / compressed,6:F1}x";

    private static string? Arg(string[] args, string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

    private static int IntArg(string[] args, string name, int fallback) =>
        Arg(args, name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    private sealed record SessionBytes(long Guilds, long Messages, long Total);

    /// <summary>Counts the messages the adapter hands over; answers none.</summary>
    private sealed class CountingChatHandler : IChatRequestHandler
    {
        private readonly SemaphoreSlim _received = new(0);

        public Task HandleMessageAsync(ChatMessage message, IChatResponder responder, CancellationToken cancellationToken)
        {
            _received.Release();
            return Task.CompletedTask;
        }

        public Task HandleCommandAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task WaitForAsync(int count, TimeSpan timeout)
        {
            using var cts = new CancellationTokenSource(timeout);
            for (var i = 0; i < count; i++)
                await _received.WaitAsync(cts.Token);
        }
    }

    private sealed class AcceptAllDeliveredEvents : IDeliveredEvents
    {
        private readonly ConcurrentDictionary<string, byte> _seen = new();

        public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken) =>
            Task.FromResult(_seen.TryAdd(eventId, 0));
    }
}
