using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Tests.Gateway;

public sealed class GatewayConnectionTests
{
    [Fact]
    public async Task Identifies_with_token_and_intents_then_heartbeats_with_the_last_sequence()
    {
        await using var bot = await DiscordBotHarness.StartAsync();

        var gatewayBot = await bot.Discord.NextRequestAsync(r => r.Path == "/api/v10/gateway/bot");
        Assert.Equal($"Bot {DiscordBotHarness.Token}", gatewayBot.Header("Authorization"));
        Assert.StartsWith("DiscordBot (https://", gatewayBot.Header("User-Agent"));

        var connection = await bot.Discord.NextConnectionAsync();
        Assert.Equal("/gateway", connection.Path);
        Assert.Equal("?v=10&encoding=json&compress=zlib-stream", connection.Query);
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = 1000 } });

        var identify = (await connection.ReceiveOpAsync(2)).GetProperty("d");
        Assert.Equal(DiscordBotHarness.Token, identify.GetProperty("token").GetString());
        Assert.Equal(37377, identify.GetProperty("intents").GetInt32());
        Assert.False(string.IsNullOrEmpty(identify.GetProperty("properties").GetProperty("browser").GetString()));
        Assert.Equal([0, 1], identify.GetProperty("shard").EnumerateArray().Select(e => e.GetInt32()));

        var first = await connection.ReceiveOpAsync(1);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("d").ValueKind);

        await connection.SendAsync(DiscordFrames.Ready(bot.Discord.WebSocketBaseUrl + "/resume", "session-1", sequence: 5));
        var next = await connection.ReceiveOpAsync(1);
        Assert.Equal(5, next.GetProperty("d").GetInt32());
        Assert.Equal(GatewayState.Ready, Assert.Single(bot.Shards.Shards).State);
    }

    [Fact]
    public async Task Answers_a_server_heartbeat_request_at_once()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(new { op = 1, d = (int?)null });

        var beat = await connection.ReceiveOpAsync(1, TimeSpan.FromSeconds(5));
        Assert.Equal(1, beat.GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task Resumes_on_the_resume_url_after_a_4000_close()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync(sessionId: "session-4000");
        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000009", "no link here"));
        await bot.Handler.NextMessageAsync();

        await connection.CloseAsync(4000);

        await AssertResumesAsync(bot, "session-4000", expectedSequence: 2);
    }

    [Fact]
    public async Task Resumes_after_op_7_reconnect()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync(sessionId: "session-op7");

        await connection.SendAsync(new { op = 7, d = (object?)null });

        Assert.Equal(4000, await connection.Closed.WaitAsync(FakeDiscord.Timeout));
        await AssertResumesAsync(bot, "session-op7", expectedSequence: 1);
    }

    [Fact]
    public async Task Identifies_again_on_the_gateway_url_after_op_9_not_resumable()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();
        var asked = bot.Discord.AllRequests.Count(r => r.Path == "/api/v10/gateway/bot");

        await connection.SendAsync(new { op = 9, d = false });

        var next = await bot.Discord.NextConnectionAsync();
        Assert.Equal(asked + 1, bot.Discord.AllRequests.Count(r => r.Path == "/api/v10/gateway/bot"));
        Assert.Equal("/gateway", next.Path);
        await next.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        var identify = await next.ReceiveOpAsync(2);
        Assert.Equal(DiscordBotHarness.Token, identify.GetProperty("d").GetProperty("token").GetString());
    }

    [Fact]
    public async Task A_gateway_that_stops_acknowledging_is_dropped_and_resumed()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync(heartbeatMs: 100, sessionId: "session-zombie");
        await connection.ReceiveOpAsync(1);

        connection.AutoAcknowledge = false;

        var closeCode = await connection.Closed.WaitAsync(FakeDiscord.Timeout);
        Assert.NotEqual(1000, closeCode);
        Assert.Contains(bot.Logs.Entries, e => e.Message.Contains("No heartbeat ACK"));
        await AssertResumesAsync(bot, "session-zombie", expectedSequence: 1);
    }

    [Fact]
    public async Task Close_4014_stops_with_a_log_line_naming_the_intent_to_enable()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.Discord.NextConnectionAsync();
        await connection.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        await connection.ReceiveOpAsync(2);

        await connection.CloseAsync(4014);

        await bot.Shards.Dispatches.Completion.WaitAsync(FakeDiscord.Timeout);
        Assert.Equal(GatewayState.Stopped, Assert.Single(bot.Shards.Shards).State);
        Assert.Contains(bot.Logs.Entries, e => e.Level == LogLevel.Critical && e.Message.Contains("4014") && e.Message.Contains("MESSAGE CONTENT intent"));
        Assert.False(await bot.Discord.ConnectsAgainWithinAsync(TimeSpan.FromMilliseconds(300)));
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains(DiscordBotHarness.Token));
    }

    private static async Task AssertResumesAsync(DiscordBotHarness bot, string sessionId, int expectedSequence)
    {
        var next = await bot.Discord.NextConnectionAsync();
        Assert.Equal("/resume", next.Path);
        Assert.Equal("?v=10&encoding=json&compress=zlib-stream", next.Query);
        await next.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        var resume = (await next.ReceiveOpAsync(6)).GetProperty("d");
        Assert.Equal(DiscordBotHarness.Token, resume.GetProperty("token").GetString());
        Assert.Equal(sessionId, resume.GetProperty("session_id").GetString());
        Assert.Equal(expectedSequence, resume.GetProperty("seq").GetInt32());
    }
}
