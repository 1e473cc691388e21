using Bot.Core.Chat;
using Bot.Testing.Slack;

namespace Bot.Slack.Tests;

public sealed class SlashCommandTests
{
    [Fact]
    public async Task Slash_command_is_acked_then_answered_through_response_url()
    {
        await using var h = await SlackHarness.StartAsync(handler => handler.OnCommand = async (_, responder, ct) =>
        {
            await responder.ShowProgressAsync(ct);
            await responder.SendAsync(Reply.ForDigest(Samples.Digest()), ct);
        });
        var socket = await h.ConnectAsync();

        await socket.SendAsync(SlackFrames.SlashCommand("env-s1", "/summarize", "<https://example.com/rivers?a=1&amp;b=2> length:short", h.Slack.BaseUrl + "/response/r1"));

        var ack = await socket.ReceiveAsync(TimeSpan.FromSeconds(3));
        Assert.Equal("env-s1", ack.GetProperty("envelope_id").GetString());
        var progress = await h.Slack.NextCallAsync("response_url:r1");
        var answer = await h.Slack.NextCallAsync("response_url:r1");

        var command = Assert.Single(h.Handler.Commands);
        Assert.Equal("summarize", command.Name);
        Assert.Equal("<https://example.com/rivers?a=1&amp;b=2> length:short", command.Options["text"]);
        Assert.Equal("https://example.com/rivers?a=1&b=2", command.Options["url"]);
        Assert.Equal(new Conversation("slack", "C1"), command.Conversation);
        Assert.Equal("U1", command.UserId);

        Assert.Equal("ephemeral", progress.Body.GetProperty("response_type").GetString());
        Assert.Equal("in_channel", answer.Body.GetProperty("response_type").GetString());
        Assert.Equal("header", answer.Body.GetProperty("blocks")[0].GetProperty("type").GetString());
        Assert.Equal(2, h.Slack.CallsTo("response_url:r1").Count);
        Assert.Empty(h.Slack.CallsTo("chat.postMessage"));
    }

    [Fact]
    public async Task Slash_command_error_replaces_the_progress_message_privately()
    {
        await using var h = await SlackHarness.StartAsync(handler => handler.OnCommand = async (_, responder, ct) =>
        {
            await responder.ShowProgressAsync(ct);
            await responder.SendAsync(Reply.Error("That page is not an article <!here>."), ct);
        });
        var socket = await h.ConnectAsync();

        await socket.SendAsync(SlackFrames.SlashCommand("env-s2", "/quotes", "", h.Slack.BaseUrl + "/response/r2"));
        await socket.ReceiveAsync();
        await h.Slack.NextCallAsync("response_url:r2");
        var answer = await h.Slack.NextCallAsync("response_url:r2");

        Assert.Equal("quotes", Assert.Single(h.Handler.Commands).Name);
        Assert.False(Assert.Single(h.Handler.Commands).Options.ContainsKey("url"));
        Assert.Equal("ephemeral", answer.Body.GetProperty("response_type").GetString());
        Assert.True(answer.Body.GetProperty("replace_original").GetBoolean());
        Assert.Contains("&lt;!here&gt;", answer.Body.GetProperty("text").GetString());
    }
}

public sealed class SlashCommandNameTests
{
    [Theory]
    [InlineData("/summarize", "summarize")]
    [InlineData("/Quotes", "quotes")]
    [InlineData("/help", "help")]
    [InlineData("/articlebot-help", "help")]
    public void Command_names_lose_the_slash(string command, string expected)
    {
        Assert.Equal(expected, Bot.Slack.Events.SlashCommandHandler.CommandName(command));
    }
}
