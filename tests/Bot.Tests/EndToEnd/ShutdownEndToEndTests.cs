using System.Diagnostics;
using Bot.Testing.Discord;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.EndToEnd;

/// <summary>Stopping the host (Ctrl+C, SIGTERM) while a reply is being worked on still delivers that reply.</summary>
public sealed class ShutdownEndToEndTests
{
    private const string Channel = "290926798999357250";

    [Fact]
    public async Task A_discord_reply_in_flight_is_delivered_before_the_host_stops()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var pages = await PageServer.StartAsync(app => app.MapGet("/slow", async () =>
        {
            await release.Task;
            return Results.Content(TestPages.ClimateArticle, "text/html; charset=utf-8");
        }));
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
        release.SetResult();
        await stopping.WaitAsync(bot.ShutdownTimeout + TimeSpan.FromSeconds(5));

        Assert.True(clock.Elapsed < bot.ShutdownTimeout, $"stopping took {clock.Elapsed}");
        var reply = Assert.Single(discord.AllRequests, r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages");
        Assert.Equal("Coastal towns rethink flood defences", reply.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
    }
}
