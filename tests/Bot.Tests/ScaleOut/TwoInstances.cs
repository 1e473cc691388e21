using Bot.Testing.Pages;
using Bot.Testing.Redis;
using Bot.Testing.Slack;
using Bot.Tests.Support;

namespace Bot.Tests.ScaleOut;

/// <summary>Two real bot hosts on one fake Slack (one Socket Mode connection each) and one Redis-protocol server
/// (Garnet in process), reading one loopback page server: a deployment of two replicas in miniature.</summary>
internal sealed class TwoInstances : IAsyncDisposable
{
    public const string AppToken = "xapp-1-A1-scale";
    public const string BotToken = "xoxb-scale-bot";

    /// <summary>A fresh host's first reply JITs the whole pipeline; on a loaded 2-core machine that can take seconds.</summary>
    public static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(30);

    private TwoInstances(TestRedisServer redis, PageServer pages, FakeSlack slack)
    {
        Redis = redis;
        Pages = pages;
        Slack = slack;
    }

    public TestRedisServer Redis { get; }

    public PageServer Pages { get; }

    public FakeSlack Slack { get; }

    public RunningBot[] Bots { get; private set; } = [];

    /// <summary>Bot i's own Socket Mode connection.</summary>
    public FakeSocket[] Sockets { get; private set; } = [];

    public static async Task<TwoInstances> StartAsync(params string[] overrides)
    {
        var redis = TestRedisServer.StartGarnet();
        var setup = new TwoInstances(redis, await TestPages.ServeAsync(), await FakeSlack.StartAsync());
        string[] settings =
        [
            $"--Slack:AppToken={AppToken}", $"--Slack:BotToken={BotToken}", $"--Slack:ApiBaseUrl={setup.Slack.ApiBase}", "--Slack:Connections=1",
            "--Storage:Provider=redis", $"--Storage:Redis={redis.ConfigurationString}", $"--Storage:KeyPrefix={redis.NewPrefix()}",
            .. overrides,
        ];
        var bots = new List<RunningBot>();
        var sockets = new List<FakeSocket>();
        for (var i = 0; i < 2; i++)
        {
            // One at a time, so each socket is known to belong to the bot just started.
            bots.Add(await RunningBot.StartAsync(settings));
            sockets.Add(await setup.Slack.ConnectAsync());
        }
        setup.Bots = [.. bots];
        setup.Sockets = [.. sockets];
        return setup;
    }

    /// <summary>Stops both bots; each finishes the envelopes it acknowledged, so every reply it would send is sent.</summary>
    public Task StopBotsAsync() => Task.WhenAll(Bots.Select(b => b.StopAsync()));

    public async ValueTask DisposeAsync()
    {
        foreach (var bot in Bots)
        {
            await bot.DisposeAsync();
        }
        await Slack.DisposeAsync();
        await Pages.DisposeAsync();
        Redis.Dispose();
    }
}
