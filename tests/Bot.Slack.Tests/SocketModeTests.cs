using Bot.Testing.Slack;

namespace Bot.Slack.Tests;

public sealed class SocketModeTests
{
    [Fact]
    public async Task Every_envelope_is_acked_at_once_even_while_handlers_are_blocked()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var h = await SlackHarness.StartAsync(handler => handler.OnMessage = (_, _, ct) => release.Task.WaitAsync(ct));
        var socket = await h.ConnectAsync();

        // More envelopes than there are workers: the acks must not wait for any handler.
        for (var i = 1; i <= 6; i++)
        {
            await socket.SendAsync(SlackFrames.Event($"env-{i}", $"Ev{i}", SlackFrames.Message($"1700000000.00000{i}", $"hello {i}")));
        }

        for (var i = 1; i <= 6; i++)
        {
            var ack = await socket.ReceiveAsync(TimeSpan.FromSeconds(3));
            Assert.Equal($"env-{i}", ack.GetProperty("envelope_id").GetString());
        }

        await h.Handler.FirstStarted.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(release.Task.IsCompleted);
        Assert.True(h.Handler.Messages.Count < 6, "handlers were blocked, yet all work had started before the acks");

        release.SetResult();
        await Samples.Eventually(() => h.Handler.Messages.Count == 6, "all six messages handled");

        var open = Assert.Single(h.Slack.CallsTo("apps.connections.open"));
        Assert.Equal("Bearer " + SlackHarness.AppToken, open.Authorization);
        Assert.Equal("Bearer " + SlackHarness.BotToken, Assert.Single(h.Slack.CallsTo("auth.test")).Authorization);
    }

    [Fact]
    public async Task Refresh_request_opens_a_new_connection_before_closing_the_old_and_loses_no_event()
    {
        await using var h = await SlackHarness.StartAsync();
        var old = await h.ConnectAsync();

        await old.SendAsync(SlackFrames.Disconnect("refresh_requested"));
        var fresh = await h.Slack.NextSocketAsync();
        Assert.NotEqual(old.Ticket, fresh.Ticket);
        Assert.False(old.Closed.IsCompleted, "the old connection must stay up until the new one is ready");

        // Slack may still deliver on the old connection meanwhile.
        await old.SendAsync(SlackFrames.Event("env-old", "EvOld", SlackFrames.Message("1700000000.000001", "sent on the old connection")));
        Assert.Equal("env-old", (await old.ReceiveAsync()).GetProperty("envelope_id").GetString());

        await fresh.SendHelloAsync();
        await old.Closed.WaitAsync(TimeSpan.FromSeconds(5));

        await fresh.SendAsync(SlackFrames.Event("env-new", "EvNew", SlackFrames.Message("1700000000.000002", "sent on the new connection")));
        Assert.Equal("env-new", (await fresh.ReceiveAsync()).GetProperty("envelope_id").GetString());

        await Samples.Eventually(() => h.Handler.Messages.Count == 2, "both events handled");
        Assert.Equal(
            ["sent on the new connection", "sent on the old connection"],
            h.Handler.Messages.Select(m => m.Text).Order(StringComparer.Ordinal));
        Assert.Equal(2, h.Slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task Dropped_socket_is_replaced_with_a_fresh_url()
    {
        await using var h = await SlackHarness.StartAsync();
        var first = await h.ConnectAsync();

        first.Abort();
        var second = await h.Slack.NextSocketAsync(TimeSpan.FromSeconds(10));
        await second.SendHelloAsync();
        await second.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Message("1700000000.000001", "after the drop")));
        Assert.Equal("env-1", (await second.ReceiveAsync()).GetProperty("envelope_id").GetString());

        await Samples.Eventually(() => h.Handler.Messages.Count == 1, "event on the new socket handled");
        Assert.Equal(2, h.Slack.CallsTo("apps.connections.open").Count);
    }

    [Fact]
    public async Task Two_connections_are_kept_when_configured()
    {
        await using var h = await SlackHarness.StartAsync(connections: 2);
        var a = await h.ConnectAsync();
        var b = await h.ConnectAsync();

        await b.SendAsync(SlackFrames.Event("env-b", "EvB", SlackFrames.Message("1700000000.000009", "via b")));
        Assert.Equal("env-b", (await b.ReceiveAsync()).GetProperty("envelope_id").GetString());
        await Samples.Eventually(() => h.Handler.Messages.Count == 1, "event on the second connection handled");
        Assert.False(a.Closed.IsCompleted);
    }
}
