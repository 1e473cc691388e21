using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;

namespace Bot.Discord.Tests.Compression;

public sealed class CompressedGatewayTests
{
    [Fact]
    public async Task A_dispatch_split_across_frames_arrives_whole_and_the_stream_goes_on()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();
        Assert.True(connection.IsCompressed);
        var longText = string.Join(" ", Enumerable.Range(0, 400).Select(i => $"word{i}"));

        await connection.SendSplitAsync(DiscordFrames.Message(2, "1250000000000000201", longText), parts: 4);
        await connection.SendAsync(DiscordFrames.Message(3, "1250000000000000202", "after the split one"));

        // Each message is handled on its own task, so the two may reach the handler in either order.
        string[] received = [(await bot.Handler.NextMessageAsync()).Text, (await bot.Handler.NextMessageAsync()).Text];
        Assert.Equal(["after the split one", longText], received.Order(StringComparer.Ordinal));
        await connection.SendAsync(new { op = 1, d = (int?)null });
        Assert.Equal(3, (await connection.ReceiveOpAsync(1)).GetProperty("d").GetInt32());
    }

    [Fact]
    public async Task Compression_none_connects_without_compress_and_reads_text_frames()
    {
        await using var bot = await DiscordBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:Compression"] = "none" });
        var connection = await bot.ConnectReadyAsync();

        Assert.Equal("?v=10&encoding=json", connection.Query);
        Assert.False(connection.IsCompressed);
        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000203", "plain"));
        Assert.Equal("plain", (await bot.Handler.NextMessageAsync()).Text);
    }

    [Fact]
    public async Task A_resumed_connection_starts_a_fresh_zlib_context()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync(sessionId: "session-z");
        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000204", "before"));
        await bot.Handler.NextMessageAsync();

        await connection.CloseAsync(4000);
        var next = await bot.Discord.NextConnectionAsync();
        Assert.True(next.IsCompressed);
        await next.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        await next.ReceiveOpAsync(6);
        await next.SendAsync(DiscordFrames.Message(3, "1250000000000000205", "after"));

        Assert.Equal("after", (await bot.Handler.NextMessageAsync()).Text);
    }
}
