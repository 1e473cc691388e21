using System.Diagnostics;
using System.Globalization;
using Bot.Cli;
using Bot.Core.Chat.Handlers;
using Bot.Core.Summaries;
using Bot.Hosting;
using Bot.Testing.Redis;
using Bot.Testing.Slack;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Bench.ChatLoad;

/// <summary>
/// The whole bot under chat load: the real host (Slack adapter, router, fetcher, extractor, offline summarizer, store)
/// driven through the fake Slack's Socket Mode by N conversations at once, each in its own channel, reading distinct
/// loopback pages. Two phases per store: conversations at a human pace (a link every second per channel, Slack's own
/// posting pace) for the link-to-final-reply latency, then every conversation sending as fast as replies come back
/// (each link in a fresh channel) for the throughput of distinct pages.
/// Usage: <c>chat-load [--store sqlite|redis] [--conversations 20] [--rounds 10] [--pages 600] [--redis host:port] [--check]</c>
/// (without --store both run; --redis uses that server instead of an in-process Garnet; --check exits 1 below a target).
/// </summary>
public static class ChatLoadBenchmark
{
    private const double TargetP50Ms = 50;
    private const double TargetP99Ms = 200;
    private const double TargetSummariesPerSecond = 100;
    private const long TargetWorkingSetBytes = 200L * 1024 * 1024;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);

    public static async Task<int> RunAsync(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var at and >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        int Number(string name, int fallback) => Option(name) is { } text ? int.Parse(text, CultureInfo.InvariantCulture) : fallback;

        var stores = Option("--store") is { } one ? [one] : new[] { "sqlite", "redis" };
        if (stores.Any(s => s is not ("sqlite" or "redis")))
        {
            Console.Error.WriteLine("chat-load: --store is sqlite or redis");
            return 2;
        }

        var settings = new LoadSettings(Number("--conversations", 20), Number("--rounds", 10), Number("--pages", 600), Option("--redis"));
        var met = true;
        foreach (var store in stores)
        {
            met &= await RunStoreAsync(store, settings);
        }
        return args.Contains("--check") && !met ? 1 : 0;
    }

    private static async Task<bool> RunStoreAsync(string store, LoadSettings settings)
    {
        await using var memory = new WorkingSetSampler();
        await using var pages = await GeneratedPages.ServeAsync();
        await using var slack = await FakeSlack.StartAsync();
        using var garnet = store == "redis" && settings.Redis is null ? TestRedisServer.StartGarnet() : null;
        var folder = Directory.CreateTempSubdirectory("bot-bench-load-").FullName;
        try
        {
            using var host = BuildBot(store, settings, slack, garnet?.ConfigurationString ?? settings.Redis, Path.Combine(folder, "bot.db"));
            await host.StartAsync();
            var socket = await slack.ConnectAsync();
            await using var watcher = new ReplyWatcher(slack);
            var driver = new ChatDriver(socket, watcher, pages);

            // Warm-up (JIT, connection pools), not measured.
            await Task.WhenAll(Enumerable.Range(0, settings.Conversations).Select(k => driver.AskAsync($"W{k}", $"UW{k}", 1_000_000 + k)));

            var paced = await PacedPhaseAsync(driver, settings);
            var steadyBytes = WorkingSetSampler.CurrentBytes();
            var (throughput, saturated) = await SaturatedPhaseAsync(driver, settings);
            var pipeline = await PipelinePhaseAsync(host, pages, settings);
            await host.StopAsync();

            var report = new LoadReport(store, settings, paced, saturated, throughput, pipeline, memory.PeakBytes, steadyBytes, driver.Failures);
            report.Print(Console.Out);
            return report.Met(TargetP50Ms, TargetP99Ms, TargetSummariesPerSecond, TargetWorkingSetBytes);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Each conversation posts a link, waits for the final reply, and posts the next a second after the last.</summary>
    private static async Task<List<double>> PacedPhaseAsync(ChatDriver driver, LoadSettings settings)
    {
        var latencies = new List<double>();
        await Task.WhenAll(Enumerable.Range(0, settings.Conversations).Select(async k =>
        {
            // Conversations do not start in step: each begins at its own moment within the first second.
            await Task.Delay(TimeSpan.FromMilliseconds(new Random(k).Next(1000)));
            for (var i = 0; i < settings.Rounds; i++)
            {
                var sent = Stopwatch.StartNew();
                var ms = await driver.AskAsync($"L{k}", $"U{k}", k * settings.Rounds + i);
                lock (latencies)
                {
                    latencies.Add(ms);
                }
                var rest = TimeSpan.FromSeconds(1) - sent.Elapsed;
                if (rest > TimeSpan.Zero)
                {
                    await Task.Delay(rest);
                }
            }
        }));
        return latencies;
    }

    /// <summary>Every conversation sends its next link as soon as its previous one is answered, each in a new channel.</summary>
    private static async Task<(double PerSecond, List<double> Latencies)> SaturatedPhaseAsync(ChatDriver driver, LoadSettings settings)
    {
        var first = settings.Conversations * settings.Rounds;
        var next = -1;
        var latencies = new List<double>();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Conversations).Select(async k =>
        {
            while (Interlocked.Increment(ref next) is var n && n < settings.Pages)
            {
                var ms = await driver.AskAsync($"T{n}", $"UT{k}", first + n);
                lock (latencies)
                {
                    latencies.Add(ms);
                }
            }
        }));
        return (settings.Pages / clock.Elapsed.TotalSeconds, latencies);
    }

    /// <summary>The same work without chat (no Slack, router or rate limits): the bot's article work called directly,
    /// as many at once as there are conversations, on as many further distinct pages. The ratio of the two throughputs
    /// says what the chat path costs, whatever else loads the machine during the run.</summary>
    private static async Task<double> PipelinePhaseAsync(IHost host, Bot.Testing.Pages.PageServer pages, LoadSettings settings)
    {
        var work = host.Services.GetRequiredService<ArticleWork>();
        var first = settings.Conversations * settings.Rounds + settings.Pages;
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, settings.Conversations).Select(async _ =>
        {
            while (Interlocked.Increment(ref next) is var n && n < settings.Pages)
            {
                await work.SummarizeAsync(new Uri(pages.Url($"/page/{first + n}")), new SummaryRequest(SummaryLength.Medium), CancellationToken.None);
            }
        }));
        return settings.Pages / clock.Elapsed.TotalSeconds;
    }

    private static IHost BuildBot(string store, LoadSettings settings, FakeSlack slack, string? redis, string databasePath)
    {
        List<string> args =
        [
            "run",
            "--Slack:AppToken=xapp-1-bench", "--Slack:BotToken=xoxb-bench", $"--Slack:ApiBaseUrl={slack.ApiBase}", "--Slack:Connections=1",
            "--Fetch:AllowPrivateNetworks=true",
            "--Chat:UserRequestsPerMinute=1000", "--Chat:ChannelRequestsPerMinute=10000", "--Chat:MaxQueuedWork=1000",
            "--Logging:LogLevel:Default=Warning",
            $"--Storage:Provider={store}", $"--Storage:DatabasePath={databasePath}",
        ];
        if (redis is not null)
        {
            args.AddRange([$"--Storage:Redis={redis}", $"--Storage:KeyPrefix=bench-{Guid.NewGuid():N}:"]);
        }
        var command = CommandLine.Parse(args, out var error) ?? throw new InvalidOperationException(error);
        return BotProgram.Build(command, console: null);
    }
}

internal sealed record LoadSettings(int Conversations, int Rounds, int Pages, string? Redis);
