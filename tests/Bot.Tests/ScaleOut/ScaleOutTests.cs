using Bot.Testing.Slack;

namespace Bot.Tests.ScaleOut;

/// <summary>Across instances each Slack event gets exactly one reply, a link is fetched once, and budgets are shared.</summary>
public sealed class ScaleOutTests : IAsyncLifetime
{
    private TwoInstances _two = null!;

    public async Task InitializeAsync() => _two = await TwoInstances.StartAsync("--Chat:UserRequestsPerMinute=3");

    public async Task DisposeAsync() => await _two.DisposeAsync();

    private static object Mention(string ts, string text, string channel = "C1", string user = "U1") =>
        SlackFrames.Mention(ts, $"<@UBOT> {text}", channel, user);

    private IReadOnlyList<ApiCall> RepliesIn(string channel, string threadTs) =>
        _two.Slack.CallsTo("chat.postMessage").Where(c =>
            c.Body.GetProperty("channel").GetString() == channel && c.Body.GetProperty("thread_ts").GetString() == threadTs).ToList();

    [Fact]
    public async Task An_event_delivered_to_both_instances_is_answered_once()
    {
        var mention = Mention("1700000000.000100", $"<{_two.Pages.Url("/climate")}>");
        await Task.WhenAll(_two.Sockets.Select((socket, i) => socket.SendAsync(SlackFrames.Event($"env-{i}", "Ev1", mention))));

        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);
        await _two.StopBotsAsync();

        Assert.Single(RepliesIn("C1", "1700000000.000100"));
        Assert.Single(_two.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Slacks_retry_of_an_answered_event_to_the_other_instance_gets_no_second_reply()
    {
        var mention = Mention("1700000000.000200", $"<{_two.Pages.Url("/climate")}>");
        await _two.Sockets[0].SendAsync(SlackFrames.Event("env-1", "Ev2", mention));
        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);

        await _two.Sockets[1].SendAsync(SlackFrames.Event("env-1-retry", "Ev2", mention, retryAttempt: 1, retryReason: "timeout"));
        Assert.Equal("env-1-retry", (await ReceiveAckAsync(_two.Sockets[1])).GetProperty("envelope_id").GetString());
        await _two.StopBotsAsync();

        Assert.Single(RepliesIn("C1", "1700000000.000200"));
        Assert.Single(_two.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task A_link_posted_to_both_instances_at_once_is_fetched_once_and_both_are_answered()
    {
        var link = $"<{_two.Pages.Url("/climate")}>";
        await Task.WhenAll(
            _two.Sockets[0].SendAsync(SlackFrames.Event("env-a", "EvA", Mention("1700000000.000300", link, channel: "C1", user: "U1"))),
            _two.Sockets[1].SendAsync(SlackFrames.Event("env-b", "EvB", Mention("1700000000.000400", link, channel: "C2", user: "U2"))));

        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);
        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);
        await _two.StopBotsAsync();

        Assert.Equal(1, _two.Pages.RequestCount("/climate"));
        Assert.All(_two.Slack.CallsTo("chat.update"), update =>
            Assert.Equal("Coastal towns rethink flood defences", update.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()));
    }

    [Fact]
    public async Task A_users_rate_limit_is_shared_by_the_instances()
    {
        // Three requests a minute for U1, made alternately through each instance; the fourth is refused.
        for (var i = 0; i < 4; i++)
        {
            var ts = $"1700000001.00000{i}";
            await _two.Sockets[i % 2].SendAsync(SlackFrames.Event($"env-r{i}", $"EvR{i}", Mention(ts, $"<{_two.Pages.Url("/climate")}>", channel: $"C{i}")));
            await _two.Slack.NextCallAsync(i < 3 ? "chat.update" : "chat.postMessage", TwoInstances.ReplyTimeout);
        }
        await _two.StopBotsAsync();

        var refusal = Assert.Single(RepliesIn("C3", "1700000001.000003"));
        Assert.Contains("Slow down", refusal.Body.GetProperty("text").GetString());
        Assert.Equal(3, _two.Slack.CallsTo("chat.update").Count);
    }

    [Fact]
    public async Task With_the_shared_store_killed_mid_run_replies_go_on()
    {
        await _two.Sockets[0].SendAsync(SlackFrames.Event("env-k1", "EvK1", Mention("1700000002.000100", $"<{_two.Pages.Url("/climate")}>")));
        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);

        _two.Redis.Stop();
        await _two.Sockets[1].SendAsync(SlackFrames.Event("env-k2", "EvK2", Mention("1700000002.000200", $"<{_two.Pages.Url("/climate")}>", channel: "C2")));
        var update = await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);

        Assert.Equal("Coastal towns rethink flood defences", update.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
    }

    private static Task<System.Text.Json.JsonElement> ReceiveAckAsync(FakeSocket socket) => socket.ReceiveAsync(TimeSpan.FromSeconds(5));
}
