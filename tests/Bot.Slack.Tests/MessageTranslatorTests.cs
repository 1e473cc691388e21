using Bot.Core.Chat;
using Bot.Slack.Events;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Tests;

public sealed class MessageTranslatorTests
{
    private static MessageTranslator Translator()
    {
        var identity = new SlackBotIdentity();
        identity.Set("UBOT", "BBOT");
        return new MessageTranslator(identity, Options.Create(new SlackOptions { AutoSummarizeChannels = ["CAUTO, C2"] }));
    }

    private static SlackMessageEvent Message(string text = "see <https://example.com>", string channel = "C1") => new()
    {
        Type = "message", Channel = channel, ChannelType = "channel", User = "U1", Text = text, Ts = "1.5",
    };

    [Fact]
    public void Plain_message_is_a_message_not_addressed_to_the_bot()
    {
        var message = Translator().Translate(Message())!;

        Assert.False(message.MentionsBot);
        Assert.False(message.AutoSummarize);
        Assert.False(message.IsFromBot);
        Assert.Equal(new Conversation("slack", "C1", "1.5"), message.Conversation);
        Assert.Equal("U1", message.UserId);
        Assert.Equal("1.5", message.MessageId);
    }

    [Fact]
    public void Reply_in_a_thread_answers_in_that_thread()
    {
        var message = Translator().Translate(Message() with { ThreadTs = "1.0" })!;

        Assert.Equal("1.0", message.Conversation.ThreadId);
        Assert.Equal("1.5", message.MessageId);
    }

    [Fact]
    public void Direct_message_counts_as_a_mention()
    {
        Assert.True(Translator().Translate(Message() with { ChannelType = "im", Channel = "D1" })!.MentionsBot);
    }

    [Fact]
    public void Mention_inside_a_message_is_stripped_and_flagged()
    {
        var message = Translator().Translate(Message("<@UBOT|linkbot> quotes on rivers"))!;

        Assert.True(message.MentionsBot);
        Assert.Equal("quotes on rivers", message.Text);
    }

    [Theory]
    [InlineData("CAUTO", true)]
    [InlineData("C2", true)]
    [InlineData("C3", false)]
    public void Auto_summarize_follows_configuration(string channel, bool expected)
    {
        Assert.Equal(expected, Translator().Translate(Message(channel: channel))!.AutoSummarize);
    }

    [Fact]
    public void Star_turns_auto_summarize_on_everywhere()
    {
        Assert.True(new SlackOptions { AutoSummarizeChannels = ["*"] }.AutoSummarizes("CANY"));
    }

    [Theory]
    [InlineData("bot_message", null, "U1")]
    [InlineData(null, "B9", "U1")]
    [InlineData(null, null, "UBOT")]
    [InlineData("message_changed", null, "U1")]
    [InlineData("message_deleted", null, "U1")]
    [InlineData("channel_join", null, "U1")]
    [InlineData(null, null, null)]
    public void Bots_subtypes_and_the_bot_itself_are_ignored(string? subtype, string? botId, string? user)
    {
        Assert.Null(Translator().Translate(Message() with { Subtype = subtype, BotId = botId, User = user }));
    }

    [Fact]
    public void Thread_broadcast_is_a_real_user_post()
    {
        Assert.NotNull(Translator().Translate(Message() with { Subtype = "thread_broadcast" }));
    }
}
