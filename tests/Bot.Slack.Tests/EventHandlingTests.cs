using Bot.Core.Chat;
using Bot.Slack.Tests.Fakes;
using Bot.Testing.Slack;

namespace Bot.Slack.Tests;

public sealed class EventHandlingTests
{
    private const string Ts = "1700000000.000100";

    private static Action<ScriptedHandler> AnswerMentions(ArticleDigest digest) =>
        handler => handler.OnMessage = (m, r, ct) => m.MentionsBot ? ScriptedHandler.ReplyWith(digest)(m, r, ct) : Task.CompletedTask;

    [Fact]
    public async Task Mention_with_a_link_gets_exactly_one_threaded_reply_placeholder_then_update()
    {
        await using var h = await SlackHarness.StartAsync(AnswerMentions(Samples.Digest()));
        var socket = await h.ConnectAsync();
        const string text = "<@UBOT> summarize <https://example.com/rivers|rivers>";

        // Slack sends both an app_mention and a message event for the same post.
        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Mention(Ts, text)));
        await socket.SendAsync(SlackFrames.Event("env-2", "Ev2", SlackFrames.Message(Ts, text)));

        var post = await h.Slack.NextCallAsync("chat.postMessage");
        var update = await h.Slack.NextCallAsync("chat.update");
        await h.Delivered.WaitForRefusalAsync($"post:C1:{Ts}");

        var message = Assert.Single(h.Handler.Messages);
        Assert.Equal("summarize <https://example.com/rivers|rivers>", message.Text);
        Assert.True(message.MentionsBot);
        Assert.Equal(new Conversation("slack", "C1", Ts), message.Conversation);

        Assert.Equal(Ts, post.Body.GetProperty("thread_ts").GetString());
        Assert.False(post.Body.GetProperty("unfurl_links").GetBoolean());
        Assert.False(post.Body.GetProperty("unfurl_media").GetBoolean());
        Assert.Contains("Reading", post.Body.GetProperty("text").GetString());
        Assert.Equal("Bearer " + SlackHarness.BotToken, post.Authorization);

        Assert.Equal("C1", update.Body.GetProperty("channel").GetString());
        Assert.Equal("2000000000.000001", update.Body.GetProperty("ts").GetString());
        var blocks = update.Body.GetProperty("blocks");
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.Equal("How rivers shape valleys", blocks[0].GetProperty("text").GetProperty("text").GetString());
        Assert.Contains("Summary of How rivers shape valleys", update.Body.GetProperty("text").GetString());

        Assert.Single(h.Slack.CallsTo("chat.postMessage"));
        Assert.Single(h.Slack.CallsTo("chat.update"));
    }

    [Theory]
    [InlineData("https://cdn.example.com/rivers.jpg", true)]
    [InlineData(null, false)]
    public async Task The_lead_image_is_the_accessory_of_the_first_section_and_absent_when_the_page_names_none(string? image, bool shown)
    {
        await using var h = await SlackHarness.StartAsync(AnswerMentions(Samples.Digest() with { Image = image }));
        var socket = await h.ConnectAsync();

        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Mention(Ts, "<@UBOT> summarize <https://example.com/rivers>")));

        var blocks = (await h.Slack.NextCallAsync("chat.update")).Body.GetProperty("blocks").EnumerateArray().ToList();
        var accessories = blocks.Where(b => b.TryGetProperty("accessory", out _)).ToList();
        if (!shown)
        {
            Assert.Empty(accessories);
            return;
        }
        var section = Assert.Single(accessories);
        Assert.Equal(blocks.First(b => b.GetProperty("type").GetString() == "section"), section);
        var accessory = section.GetProperty("accessory");
        Assert.Equal("image", accessory.GetProperty("type").GetString());
        Assert.Equal(image, accessory.GetProperty("image_url").GetString());
        Assert.False(string.IsNullOrWhiteSpace(accessory.GetProperty("alt_text").GetString()));
    }

    [Fact]
    public async Task Two_replies_after_one_placeholder_are_both_kept()
    {
        // "summarize <a> <b>": one placeholder, then one digest per link. Only the first may replace the placeholder.
        await using var h = await SlackHarness.StartAsync(handler => handler.OnMessage = async (_, responder, ct) =>
        {
            await responder.ShowProgressAsync(ct);
            await responder.SendAsync(Reply.ForDigest(Samples.Digest()), ct);
            await responder.SendAsync(Reply.Error("second link failed"), ct);
        });
        var socket = await h.ConnectAsync();

        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Mention(Ts, "<@UBOT> <https://a.example> <https://b.example>")));

        await h.Slack.NextCallAsync("chat.update");
        var second = await h.Slack.NextCallAsync("chat.postMessage");

        Assert.Contains("second link failed", second.Body.GetProperty("text").GetString());
        Assert.Single(h.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Redelivered_event_is_answered_once()
    {
        await using var h = await SlackHarness.StartAsync(AnswerMentions(Samples.Digest()));
        var socket = await h.ConnectAsync();
        var mention = SlackFrames.Mention(Ts, "<@UBOT> <https://example.com/rivers>");

        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", mention));
        await h.Slack.NextCallAsync("chat.update");
        await socket.SendAsync(SlackFrames.Event("env-1-retry", "Ev1", mention, retryAttempt: 1, retryReason: "timeout"));

        Assert.Equal("env-1", (await socket.ReceiveAsync()).GetProperty("envelope_id").GetString());
        Assert.Equal("env-1-retry", (await socket.ReceiveAsync()).GetProperty("envelope_id").GetString());
        await h.Delivered.WaitForRefusalAsync("Ev1");

        Assert.Single(h.Handler.Messages);
        Assert.Single(h.Slack.CallsTo("chat.postMessage"));
        Assert.Single(h.Slack.CallsTo("chat.update"));
    }

    [Fact]
    public async Task Bot_messages_subtypes_and_own_posts_are_ignored()
    {
        await using var h = await SlackHarness.StartAsync(AnswerMentions(Samples.Digest()));
        var socket = await h.ConnectAsync();
        object[] ignored =
        [
            new { type = "message", subtype = "bot_message", bot_id = "B9", text = "<@UBOT> <https://a.example>", ts = "1.1", channel = "C1" },
            new { type = "message", bot_id = "B9", user = "U9", text = "<@UBOT> app post", ts = "1.2", channel = "C1" },
            new { type = "message", user = "UBOT", text = "<@UBOT> my own post", ts = "1.3", channel = "C1" },
            new { type = "message", subtype = "message_changed", hidden = true, ts = "1.4", channel = "C1",
                  message = new { type = "message", user = "U1", text = "<@UBOT> edited", ts = "1.0" } },
            new { type = "message", subtype = "message_deleted", hidden = true, ts = "1.5", channel = "C1" },
            new { type = "message", subtype = "channel_join", user = "U2", text = "<@U2> has joined", ts = "1.6", channel = "C1" },
            new { type = "app_mention", bot_id = "B9", user = "U9", text = "<@UBOT> from a bot", ts = "1.7", channel = "C1" },
        ];
        for (var i = 0; i < ignored.Length; i++)
        {
            await socket.SendAsync(SlackFrames.Event($"env-{i}", $"EvIgnored{i}", ignored[i]));
        }

        await socket.SendAsync(SlackFrames.Event("env-real", "EvReal", SlackFrames.Mention("1.9", "<@UBOT> <https://example.com/rivers>")));
        await h.Slack.NextCallAsync("chat.update");

        var message = Assert.Single(h.Handler.Messages);
        Assert.Equal("1.9", message.MessageId);
        Assert.Single(h.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Hostile_article_pings_nobody()
    {
        await using var h = await SlackHarness.StartAsync(AnswerMentions(Samples.Hostile()));
        var socket = await h.ConnectAsync();

        await socket.SendAsync(SlackFrames.Event("env-1", "Ev1", SlackFrames.Mention(Ts, "<@UBOT> <https://example.com/a>")));
        var update = await h.Slack.NextCallAsync("chat.update");

        RenderingTests.AssertPingsNobody(update.Body);
        Assert.False(update.Body.TryGetProperty("link_names", out _));
        Assert.False(update.Body.TryGetProperty("parse", out _));
    }
}
