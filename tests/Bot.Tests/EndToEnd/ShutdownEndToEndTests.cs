using System.Diagnostics;
using Bot.Testing.Discord;
using Bot.Testing.Pages;
using Bot.Testing.Slack;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.EndToEnd;

/// <summary>Stopping the host (Ctrl+C, SIGTERM) while a reply is being worked on still delivers that reply.</summary>
public sealed class ShutdownEndToEndTests
{
    private const string Channel = "290926798999357250";

    private readonly TaskCompletionSource _release = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A page server whose <c>/slow</c> page answers only when the test releases it.</summary>
    private Task<PageServer> SlowPagesAsync() => PageServer.StartAsync(app => app.MapGet("/slow/{n?}", async () =>
    {
        await _release.Task;
        return Results.Content(TestPages.ClimateArticle, "text/html; charset=utf-8");
    }));

    [Fact]
    public async Task A_discord_reply_in_flight_is_delivered_before_the_host_stops()
    {
        await using var pages = await SlowPagesAsync();
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await RunningBot.StartAsync("--Discord:Token=e2e-token", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}");
        var gateway = await discord.ConnectReadyAsync();

        await gateway.SendAsync(DiscordFrames.Message(2, "1250000000000000301",
            $"<@{FakeDiscord.BotUserId}> {pages.Url("/slow")}", mentions: [DiscordFrames.Mention()]));
        await pages.NextRequestAsync("/slow");

        var clock = Stopwatch.StartNew();
        var stopping = bot.StopAsync();
        await gateway.Closed.WaitAsync(FakeDiscord.Timeout); // the adapter has stopped taking new work
        Assert.False(stopping.IsCompleted);
        _release.SetResult();
        await stopping.WaitAsync(bot.ShutdownTimeout + TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < bot.ShutdownTimeout, $"stopping took {clock.Elapsed}");
        var reply = Assert.Single(discord.AllRequests, r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages");
        Assert.Equal("Coastal towns rethink flood defences", reply.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task A_slack_reply_in_flight_is_delivered_before_the_host_stops()
    {
        await using var pages = await SlowPagesAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await RunningBot.StartAsync(
            "--Slack:AppToken=xapp-1-A1-e2e", "--Slack:BotToken=xoxb-e2e", $"--Slack:ApiBaseUrl={slack.ApiBase}", "--Slack:Connections=1");
        var socket = await slack.ConnectAsync();

        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Mention("1700000000.000100", $"<@UBOT> <{pages.Url("/slow")}>")));
        await pages.NextRequestAsync("/slow");

        var clock = Stopwatch.StartNew();
        var stopping = bot.StopAsync();
        await socket.Closed.WaitAsync(TimeSpan.FromSeconds(10)); // the adapter has stopped taking new work
        Assert.False(stopping.IsCompleted);
        _release.SetResult();
        await stopping.WaitAsync(bot.ShutdownTimeout + TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < bot.ShutdownTimeout, $"stopping took {clock.Elapsed}");
        var update = Assert.Single(slack.CallsTo("chat.update"));
        Assert.Equal("Coastal towns rethink flood defences", update.Body.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_discord_message_still_waiting_for_a_slot_is_answered_before_the_host_stops()
    {
        await using var pages = await SlowPagesAsync();
        await using var discord = await FakeDiscord.StartAsync();
        await using var bot = await RunningBot.StartAsync(
            "--Discord:Token=e2e-token", $"--Discord:ApiBaseUrl={discord.ApiBaseUrl}", "--Discord:MaxConcurrentRequests=1");
        var gateway = await discord.ConnectReadyAsync();

        await gateway.SendAsync(DiscordFrames.Message(2, "1250000000000000311",
            $"<@{FakeDiscord.BotUserId}> {pages.Url("/slow/1")}", mentions: [DiscordFrames.Mention()]));
        await pages.NextRequestAsync("/slow/1");
        await gateway.SendAsync(DiscordFrames.Message(3, "1250000000000000312",
            $"<@{FakeDiscord.BotUserId}> {pages.Url("/slow/2")}", mentions: [DiscordFrames.Mention()]));
        await UntilAsync(() => (long)bot.Scalar("SELECT count(*) FROM delivered_events WHERE event_id = '1250000000000000312'")! == 1);

        var stopping = bot.StopAsync();
        await gateway.Closed.WaitAsync(FakeDiscord.Timeout);
        _release.SetResult();
        await stopping.WaitAsync(bot.ShutdownTimeout + TimeSpan.FromSeconds(5));

        var replies = discord.AllRequests.Where(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages").ToList();
        Assert.Equal(2, replies.Count);
    }

    [Fact]
    public async Task Slack_envelopes_still_queued_are_answered_before_the_host_stops()
    {
        const int mentions = 6; // more than the adapter's 4 workers, so some wait in the queue
        await using var pages = await SlowPagesAsync();
        await using var slack = await FakeSlack.StartAsync();
        await using var bot = await RunningBot.StartAsync(
            "--Slack:AppToken=xapp-1-A1-e2e", "--Slack:BotToken=xoxb-e2e", $"--Slack:ApiBaseUrl={slack.ApiBase}", "--Slack:Connections=1");
        var socket = await slack.ConnectAsync();

        for (var i = 1; i <= mentions; i++)
        {
            await socket.SendAsync(SlackFrames.Event($"env-{i}", $"Ev{i}", SlackFrames.Mention($"1700000000.00010{i}", $"<@UBOT> <{pages.Url($"/slow/{i}")}>")));
        }
        await pages.NextRequestAsync("/slow/1");

        var stopping = bot.StopAsync();
        await socket.Closed.WaitAsync(TimeSpan.FromSeconds(10));
        _release.SetResult();
        await stopping.WaitAsync(bot.ShutdownTimeout + TimeSpan.FromSeconds(5));

        Assert.Equal(mentions, slack.CallsTo("chat.update").Count());
    }

    /// <summary>Waits for a condition the test cannot be told about directly (a row the bot writes), at most 10 s.</summary>
    private static async Task UntilAsync(Func<bool> condition)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(deadline.Elapsed < TimeSpan.FromSeconds(10), "condition not met within 10 s");
            await Task.Delay(20);
        }
    }
}
