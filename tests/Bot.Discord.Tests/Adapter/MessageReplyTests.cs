using System.Text.Json;
using Bot.Discord.Tests.Fakes;
using Bot.Testing.Discord;

namespace Bot.Discord.Tests.Adapter;

public sealed class MessageReplyTests
{
    private const string Channel = "290926798999357250";
    private static bool IsCreateMessage(RecordedRequest r) => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/messages";

    [Fact]
    public async Task A_link_mentioning_the_bot_gets_one_reply_with_the_digest_embed_even_when_replayed()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000001",
            $"look at https://example.com/post/1 <@{DiscordBotHarness.BotUserId}>", mentions: [DiscordFrames.Mention()]));

        var message = await bot.Handler.NextMessageAsync();
        Assert.Equal("look at https://example.com/post/1", message.Text);
        Assert.True(message.MentionsBot);
        Assert.Equal(new Bot.Core.Chat.Conversation("discord", Channel), message.Conversation);

        await bot.Discord.NextRequestAsync(r => r.Method == "POST" && r.Path == $"/api/v10/channels/{Channel}/typing");
        var reply = (await bot.Discord.NextRequestAsync(IsCreateMessage)).Json;
        Assert.Equal("1250000000000000001", reply.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.False(reply.GetProperty("message_reference").GetProperty("fail_if_not_exists").GetBoolean());
        Assert.Empty(reply.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        var embed = reply.GetProperty("embeds")[0];
        Assert.Equal("Example post", embed.GetProperty("title").GetString());
        Assert.Equal("https://example.com/post/1", embed.GetProperty("url").GetString());
        Assert.Contains("• First point.", embed.GetProperty("description").GetString());
        Assert.Contains("> “A verbatim sentence.”", embed.GetProperty("description").GetString());
        Assert.Contains("(https://example.com/post/1#:~:text=A%20verbatim%20sentence.)", embed.GetProperty("description").GetString());

        // The same message again (as after a resume), then a new one: only the new one is answered.
        await connection.SendAsync(DiscordFrames.Message(3, "1250000000000000001", "look at https://example.com/post/1", guildId: null));
        await connection.SendAsync(DiscordFrames.Message(4, "1250000000000000002", "https://example.com/other", guildId: null));
        var second = (await bot.Discord.NextRequestAsync(IsCreateMessage)).Json;
        Assert.Equal("1250000000000000002", second.GetProperty("message_reference").GetProperty("message_id").GetString());
        Assert.Single(bot.Discord.AllRequests, r => IsCreateMessage(r) && r.Body.Contains("1250000000000000001"));
    }

    [Theory]
    [InlineData("https://cdn.example.com/post-1.jpg", true)]
    [InlineData(null, false)]
    public async Task The_lead_image_is_the_embed_thumbnail_and_absent_when_the_page_names_none(string? image, bool shown)
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Handler.Answer = Bot.Core.Chat.Reply.ForDigest(TestDigests.Plain() with { Image = image });
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000009", "https://example.com/post/1", guildId: null));

        var embeds = (await bot.Discord.NextRequestAsync(IsCreateMessage)).Json.GetProperty("embeds").EnumerateArray().ToList();
        var thumbnails = embeds.Where(e => e.TryGetProperty("thumbnail", out _)).ToList();
        if (!shown)
        {
            Assert.Empty(thumbnails);
            return;
        }
        Assert.Equal(image, Assert.Single(thumbnails).GetProperty("thumbnail").GetProperty("url").GetString());
        Assert.True(embeds[0].TryGetProperty("thumbnail", out _), "the thumbnail sits on the first embed, beside the title");
    }

    [Fact]
    public async Task Messages_from_bots_are_ignored_and_direct_messages_count_as_mentions()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000003", "https://example.com/bot-loop", bot: true));
        await connection.SendAsync(DiscordFrames.Message(3, "1250000000000000004", "hello", guildId: null));

        var first = await bot.Handler.NextMessageAsync();
        Assert.Equal("1250000000000000004", first.MessageId);
        Assert.True(first.MentionsBot);
        Assert.False(first.AutoSummarize);
    }

    [Fact]
    public async Task Auto_summarize_channels_come_from_configuration()
    {
        await using var bot = await DiscordBotHarness.StartAsync(new Dictionary<string, string?> { ["Discord:AutoSummarizeChannels:0"] = Channel });
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000005", "https://example.com/a"));
        await connection.SendAsync(DiscordFrames.Message(3, "1250000000000000006", "https://example.com/b", channelId: "999999999999999999"));

        // Messages are handled concurrently, so they may reach the core in either order.
        var handled = new[] { await bot.Handler.NextMessageAsync(), await bot.Handler.NextMessageAsync() }.ToDictionary(m => m.MessageId);
        Assert.True(handled["1250000000000000005"].AutoSummarize);
        Assert.False(handled["1250000000000000006"].AutoSummarize);
    }

    [Fact]
    public async Task A_429_on_the_reply_waits_retry_after_then_creates_exactly_one_message()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Discord.Script(IsCreateMessage, new FakeResponse(429,
            """{"message":"You are being rate limited.","retry_after":0.4,"global":false}""",
            new Dictionary<string, string> { ["X-RateLimit-Scope"] = "user", ["Retry-After"] = "1" }));
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000007", "https://example.com/post/1", guildId: null));

        var limited = await bot.Discord.NextRequestAsync(IsCreateMessage);
        var created = await bot.Discord.NextRequestAsync(IsCreateMessage);
        Assert.Equal(429, limited.Status);
        Assert.Equal(200, created.Status);
        Assert.True(created.At - limited.At >= TimeSpan.FromMilliseconds(380), $"retried after {(created.At - limited.At).TotalMilliseconds} ms");
        Assert.False(await ReceivesAsync(bot, IsCreateMessage, TimeSpan.FromMilliseconds(300)));
        Assert.Single(bot.Discord.AllRequests, r => IsCreateMessage(r) && r.Status == 200);
    }

    [Fact]
    public async Task A_hostile_article_posts_nothing_that_pings_or_formats()
    {
        await using var bot = await DiscordBotHarness.StartAsync();
        bot.Handler.Answer = Bot.Core.Chat.Reply.ForDigest(TestDigests.Hostile());
        var connection = await bot.ConnectReadyAsync();

        await connection.SendAsync(DiscordFrames.Message(2, "1250000000000000008", "https://example.com/evil", guildId: null));

        var reply = (await bot.Discord.NextRequestAsync(IsCreateMessage)).Json;
        Assert.Empty(reply.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
        Assert.False(reply.GetProperty("allowed_mentions").GetProperty("replied_user").GetBoolean());
        var text = AllStrings(reply);
        Assert.DoesNotContain("@everyone", text, StringComparison.Ordinal); // culture-aware comparison would ignore the zero-width space
        Assert.DoesNotContain("@here", text, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"<@[!&]?\d+>", text);
        Assert.DoesNotContain("<#42>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[click me](", text, StringComparison.Ordinal);
        Assert.Contains(@"\[click me\]", text, StringComparison.Ordinal);
        Assert.Contains(@"\*\*Breaking\*\*", text, StringComparison.Ordinal);
        Assert.Contains(@"\|\|spoiler\|\|", text, StringComparison.Ordinal);
        Assert.Contains("> “> fake quote", text, StringComparison.Ordinal); // the mark keeps "> " off the line start
        Assert.Contains(@"> \# Heading", text, StringComparison.Ordinal);
        Assert.Contains("#:~:text=x%29%28y)", text, StringComparison.Ordinal);
    }

    private static async Task<bool> ReceivesAsync(DiscordBotHarness bot, Func<RecordedRequest, bool> match, TimeSpan within)
    {
        try
        {
            await bot.Discord.NextRequestAsync(match, within);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private static string AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()! + "\n",
        JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(p => AllStrings(p.Value))),
        JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(AllStrings)),
        _ => "",
    };
}
