using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Testing.Discord;
using Bot.Testing.Pages;
using Bot.Tests.Support;

namespace Bot.Tests.EndToEnd;

/// <summary>The real host with <c>Discord:Token</c> set, talking to a fake Discord, reading a loopback page server.</summary>
public sealed class DiscordEndToEndTests : IAsyncLifetime
{
    private const string Channel = "290926798999357250";
    private const string Token = "e2e-discord-token";

    private PageServer _pages = null!;
    private FakeDiscord _discord = null!;
    private RunningBot _bot = null!;

    public async Task InitializeAsync()
    {
        _pages = await TestPages.ServeAsync();
        _discord = await FakeDiscord.StartAsync();
        _bot = await RunningBot.StartAsync(
            $"--Discord:Token={Token}",
            $"--Discord:ApiBaseUrl={_discord.ApiBaseUrl}",
            "--Discord:ReconnectBaseDelay=00:00:00.010",
            "--Discord:ReconnectMaxDelay=00:00:00.100");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        await _pages.DisposeAsync();
    }

    [Fact]
    public async Task A_mention_with_a_link_gets_one_digest_reply_and_its_replay_after_a_resume_is_not_answered_again()
    {
        var gateway = await _discord.ConnectReadyAsync(sessionId: "session-e2e");
        var ask = $"<@{FakeDiscord.BotUserId}> have a look at {_pages.Url("/climate")}";
        await gateway.SendAsync(DiscordFrames.Message(2, "1250000000000000101", ask, mentions: [DiscordFrames.Mention()]));

        var reply = (await _discord.NextRequestAsync(IsReply)).Json;
        Assert.Equal("1250000000000000101", reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Empty(reply.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var embed = reply.GetProperty("embeds")[0];
        Assert.Equal("Coastal towns rethink flood defences", embed.GetProperty("title").GetString());
        Assert.Equal(_pages.Url("/climate"), embed.GetProperty("url").GetString());
        var description = Unescape(embed.GetProperty("description").GetString()!);
        Assert.True(Regex.Matches(description, "^• ", RegexOptions.Multiline).Count >= 2, description);
        var quotes = Regex.Matches(description, "^> “?(.+?)”?$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.True(TestPages.IsVerbatimInClimateArticle(quote), quote));

        // A dropped connection, a resume, and Discord replays the message before a new one.
        await gateway.CloseAsync(4000);
        var resumed = await _discord.NextConnectionAsync();
        Assert.Equal("/resume", resumed.Path);
        await resumed.SendAsync(new { op = 10, d = new { heartbeat_interval = 45000 } });
        Assert.Equal("session-e2e", (await resumed.ReceiveOpAsync(6)).GetProperty("d").GetProperty("session_id").GetString());
        await resumed.SendAsync(new { op = 0, s = 3, t = "RESUMED", d = new { } });
        await resumed.SendAsync(DiscordFrames.Message(4, "1250000000000000101", ask, mentions: [DiscordFrames.Mention()]));
        await resumed.SendAsync(DiscordFrames.Message(5, "1250000000000000102", ask, mentions: [DiscordFrames.Mention()]));

        var next = (await _discord.NextRequestAsync(IsReply)).Json;
        Assert.Equal("1250000000000000102", next.GetProperty("message_reference").GetProperty("message_id").GetString());
        await _bot.StopAsync(); // waits for replies in flight, so a second answer to the replay would be recorded by now
        Assert.Single(_discord.AllRequests, r => IsReply(r) && ReplyTo(r) == "1250000000000000101");
        Assert.Equal(2L, _bot.Scalar("SELECT count(*) FROM delivered_events WHERE platform = 'discord';"));
    }

    [Fact]
    public async Task A_quotes_slash_command_is_deferred_then_edited_with_quotes_on_the_topic()
    {
        var gateway = await _discord.ConnectReadyAsync();
        await gateway.SendAsync(DiscordFrames.SlashCommand(2, "786008729715212401", "interaction-token", "quotes",
        [
            new { name = "url", type = 3, value = _pages.Url("/climate") },
            new { name = "topic", type = 3, value = "salt marshes" },
        ]));

        var defer = await _discord.NextRequestAsync(r => r.Path == "/api/v10/interactions/786008729715212401/interaction-token/callback");
        Assert.Equal(5, defer.Json.GetProperty("type").GetInt32());
        var edit = await _discord.NextRequestAsync(r => r.Method == "PATCH");
        Assert.Equal($"/api/v10/webhooks/{FakeDiscord.ApplicationId}/interaction-token/messages/@original", edit.Path);
        Assert.True(defer.At <= edit.At);
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var description = Unescape(edit.Json.GetProperty("embeds")[0].GetProperty("description").GetString()!);
        Assert.Contains("Quotes on “salt marshes”", description);
        var quotes = Regex.Matches(description, "^> “?(.+?)”?$", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote => Assert.True(TestPages.IsVerbatimInClimateArticle(quote), quote));
        Assert.Contains(quotes, quote => quote.Contains("salt marsh", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_broken_link_gets_one_short_error_reply()
    {
        var gateway = await _discord.ConnectReadyAsync();
        await gateway.SendAsync(DiscordFrames.Message(2, "1250000000000000201",
            $"<@{FakeDiscord.BotUserId}> {_pages.Url("/missing")}", mentions: [DiscordFrames.Mention()]));

        var reply = (await _discord.NextRequestAsync(IsReply)).Json;
        Assert.Equal("1250000000000000201", reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        var content = reply.GetProperty("content").GetString()!;
        Assert.Contains("404", content);
        Assert.True(content.Length < 200, content);
        Assert.False(reply.TryGetProperty("embeds", out var embeds) && embeds.GetArrayLength() > 0);
        Assert.Empty(reply.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());

        await _bot.StopAsync();
        Assert.Single(_discord.AllRequests, IsReply);
    }

    private static bool IsReply(RecordedRequest request) =>
        request.Method == "POST" && request.Path == $"/api/v10/channels/{Channel}/messages";

    private static string? ReplyTo(RecordedRequest request) =>
        request.Json.GetProperty("message_reference").GetProperty("message_id").GetString();

    /// <summary>Undoes Discord markdown escaping (a backslash before a markup character).</summary>
    private static string Unescape(string markdown) => Regex.Replace(markdown, @"\\([\\*_~`|\[\]>#.\-])", "$1");
}
