using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;

namespace Bot.Discord.Tests.Adapter;

public sealed class SlashCommandTests
{
    [Fact]
    public async Task An_interaction_is_deferred_then_its_original_response_is_edited_with_the_answer()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.SlashCommand(2, "786008729715212338", "secret-token", "summarize",
        [
            new { name = "url", type = 3, value = "https://example.com/post/1" },
            new { name = "length", type = 3, value = "short" },
        ]));

        var defer = await bot.Discord.NextRequestAsync(r => r.Path == "/api/v10/interactions/786008729715212338/secret-token/callback");
        Assert.Equal("POST", defer.Method);
        Assert.Equal(5, defer.Json.GetProperty("type").GetInt32());
        Assert.Null(defer.Header("Authorization"));

        using var cts = new CancellationTokenSource(FakeDiscord.Timeout);
        var command = await bot.Handler.Commands.Reader.ReadAsync(cts.Token);
        Assert.Equal("summarize", command.Name);
        Assert.Equal("786008729715212338", command.CommandId);
        Assert.Equal("53908232506183680", command.UserId);
        Assert.Equal("https://example.com/post/1", command.Options["url"]);
        Assert.Equal("short", command.Options["length"]);

        var edit = await bot.Discord.NextRequestAsync(r => r.Path.StartsWith("/api/v10/webhooks/"));
        Assert.Equal("PATCH", edit.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotHarness.ApplicationId}/secret-token/messages/@original", edit.Path);
        Assert.Empty(edit.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.Equal("Example post", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.True(defer.At <= edit.At);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.Message.Contains("secret-token"));
    }

    [Fact]
    public async Task An_error_answer_is_shown_to_the_invoker_alone_in_place_of_the_deferred_message()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Handler.Answer = Bot.Core.Chat.Reply.Error("That page could not be read (404).");
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.SlashCommand(2, "786008729715212339", "tok2", "quotes",
        [
            new { name = "url", type = 3, value = "https://example.com/missing" },
            new { name = "count", type = 4, value = 2 },
        ]));

        var delete = await bot.Discord.NextRequestAsync(r => r.Path.StartsWith("/api/v10/webhooks/"));
        var followup = await bot.Discord.NextRequestAsync(r => r.Path.StartsWith("/api/v10/webhooks/"));
        Assert.Equal("DELETE", delete.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotHarness.ApplicationId}/tok2/messages/@original", delete.Path);
        Assert.Equal("POST", followup.Method);
        Assert.Equal("That page could not be read (404).", followup.Json.GetProperty("content").GetString());
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.DoesNotContain(bot.Discord.AllRequests, r => r.Method == "PATCH");
        using var cts = new CancellationTokenSource(FakeDiscord.Timeout);
        Assert.Equal("2", (await bot.Handler.Commands.Reader.ReadAsync(cts.Token)).Options["count"]);
    }

    [Fact]
    public async Task A_second_answer_to_one_interaction_is_a_followup_not_an_edit_over_the_first()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Handler.MoreCommandAnswers = [Bot.Core.Chat.Reply.Error("The second link could not be read (404).")];
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.SlashCommand(2, "786008729715212340", "tok3", "summarize",
        [
            new { name = "url", type = 3, value = "https://example.com/a https://example.com/b" },
        ]));

        var edit = await bot.Discord.NextRequestAsync(r => r.Path.StartsWith("/api/v10/webhooks/"));
        var followup = await bot.Discord.NextRequestAsync(r => r.Path.StartsWith("/api/v10/webhooks/"));

        Assert.Equal("PATCH", edit.Method);
        Assert.Equal("Example post", edit.Json.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal("POST", followup.Method);
        Assert.Equal($"/api/v10/webhooks/{DiscordBotHarness.ApplicationId}/tok3", followup.Path);
        Assert.Equal("The second link could not be read (404).", followup.Json.GetProperty("content").GetString());
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.Empty(followup.Json.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.DoesNotContain(bot.Discord.AllRequests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Commands_are_registered_globally_with_a_bulk_overwrite_after_ready()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        await bot.ConnectReadyAsync();

        var put = await bot.Discord.NextRequestAsync(r => r.Method == "PUT");
        Assert.Equal($"/api/v10/applications/{DiscordBotHarness.ApplicationId}/commands", put.Path);
        Assert.Equal($"Bot {DiscordBotHarness.Token}", put.Header("Authorization"));
        Assert.StartsWith("application/json", put.Header("Content-Type"));
        var commands = put.Json.EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal(["help", "quotes", "summarize"], commands.Keys.Order());
        Assert.All(commands.Values, c => Assert.Equal(1, c.GetProperty("type").GetInt32()));

        var summarize = commands["summarize"].GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["url", "length", "language"], summarize.Select(o => o.GetProperty("name").GetString()));
        Assert.True(summarize[0].GetProperty("required").GetBoolean());
        Assert.Equal(["short", "medium", "long"], summarize[1].GetProperty("choices").EnumerateArray().Select(c => c.GetProperty("value").GetString()));
        var quotes = commands["quotes"].GetProperty("options").EnumerateArray().ToList();
        Assert.Equal(["url", "topic", "count"], quotes.Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(4, quotes[2].GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task Commands_are_registered_per_guild_when_guilds_are_configured()
    {
        await using var bot = await DiscordBotHarness.StartAsync(new Dictionary<string, string?>
        {
            ["Discord:GuildIds:0"] = "290926798626357999",
            ["Discord:GuildIds:1"] = "290926798626357998",
            ["Discord:ApplicationId"] = "444444444444444444",
        });
        await bot.ConnectReadyAsync();

        var first = await bot.Discord.NextRequestAsync(r => r.Method == "PUT");
        var second = await bot.Discord.NextRequestAsync(r => r.Method == "PUT");
        Assert.Equal("/api/v10/applications/444444444444444444/guilds/290926798626357999/commands", first.Path);
        Assert.Equal("/api/v10/applications/444444444444444444/guilds/290926798626357998/commands", second.Path);
        Assert.Equal(3, second.Json.GetArrayLength());
    }
}
