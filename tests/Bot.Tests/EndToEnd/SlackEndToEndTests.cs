using System.Net;
using System.Text.RegularExpressions;
using Bot.Testing.Pages;
using Bot.Testing.Slack;
using Bot.Tests.Support;

namespace Bot.Tests.EndToEnd;

/// <summary>The real host with both Slack tokens set, talking to a fake Slack, reading a loopback page server.</summary>
public sealed class SlackEndToEndTests : IAsyncLifetime
{
    private const string AppToken = "xapp-1-A1-e2e-app";
    private const string BotToken = "xoxb-e2e-bot";
    private const string Ts = "1700000000.000100";

    private PageServer _pages = null!;
    private FakeSlack _slack = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _pages = await TestPages.ServeAsync();
        _slack = await FakeSlack.StartAsync();
        _bot = await RunningBot.StartAsync(
            $"--Slack:AppToken={AppToken}", $"--Slack:BotToken={BotToken}", $"--Slack:ApiBaseUrl={_slack.ApiBase}", "--Slack:Connections=1");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _slack.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_with_a_link_gets_one_threaded_reply_and_a_redelivered_event_is_answered_once()
    {
        var socket = await _slack.ConnectAsync();
        var mention = SlackFrames.Mention(Ts, $"<@UBOT> have a look <{_pages.Url("/climate")}>");
        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", mention));

        var placeholder = await _slack.NextCallAsync("chat.postMessage");
        var update = await _slack.NextCallAsync("chat.update");
        Assert.Equal(Ts, placeholder.Body.GetProperty("thread_ts").GetString());
        Assert.Equal("Bearer " + BotToken, placeholder.Authorization);
        Assert.Equal(placeholder.Body.GetProperty("channel").GetString(), update.Body.GetProperty("channel").GetString());
        Assert.Equal("2000000000.000001", update.Body.GetProperty("ts").GetString());
        var blocks = update.Body.GetProperty("blocks");
        Assert.Equal("Coastal towns rethink flood defences", blocks[0].GetProperty("text").GetProperty("text").GetString());
        var texts = string.Join("\n", blocks.EnumerateArray().Where(b => b.TryGetProperty("text", out _))
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()));
        Assert.True(Regex.Matches(texts, "^• ", RegexOptions.Multiline).Count >= 2, texts);
        var quotes = Regex.Matches(texts, "^> “?(.+?)”?$", RegexOptions.Multiline).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.True(TestPages.IsVerbatimInClimateArticle(quote), quote));
        Assert.Contains("Coastal towns rethink flood defences", update.Body.GetProperty("text").GetString());

        // Slack retries the same event (same event_id, new envelope); then a new mention arrives.
        await socket.SendAsync(SlackFrames.Event("env-1-retry", "Ev1", mention, retryAttempt: 1, retryReason: "timeout"));
        await socket.SendAsync(SlackFrames.Event("env-2", "Ev2", SlackFrames.Mention("1700000000.000200", $"<@UBOT> <{_pages.Url("/climate")}>")));
        var second = await _slack.NextCallAsync("chat.postMessage");
        Assert.Equal("1700000000.000200", second.Body.GetProperty("thread_ts").GetString());
        await _bot.StopAsync(); // finishes work in flight: an answer to the retry would be recorded by now

        Assert.Single(_slack.CallsTo("chat.postMessage"), call => call.Body.GetProperty("thread_ts").GetString() == Ts);
        Assert.Equal(2, _slack.CallsTo("chat.update").Count);
        Assert.Equal(1L, _bot.Scalar("SELECT count(*) FROM delivered_events WHERE platform = 'slack' AND event_id = 'Ev1';"));
    }

    [Fact]
    public async Task The_summarize_slash_command_is_answered_through_the_response_url()
    {
        var socket = await _slack.ConnectAsync();
        await socket.SendAsync(SlackFrames.SlashCommand("env-s1", "/summarize", $"<{_pages.Url("/climate")}>", _slack.BaseUrl + "/response/r1"));

        Assert.Equal("env-s1", (await socket.ReceiveAsync(TimeSpan.FromSeconds(3))).GetProperty("envelope_id").GetString());
        var progress = await _slack.NextCallAsync("response_url:r1");
        var answer = await _slack.NextCallAsync("response_url:r1");

        Assert.Equal("ephemeral", progress.Body.GetProperty("response_type").GetString());
        Assert.Equal("in_channel", answer.Body.GetProperty("response_type").GetString());
        Assert.Equal("Coastal towns rethink flood defences",
            answer.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Empty(_slack.CallsTo("chat.postMessage"));
    }
}
