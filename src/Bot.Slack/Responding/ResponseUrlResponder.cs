using Bot.Core.Chat;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;

namespace Bot.Slack.Responding;

/// <summary>
/// Answers a slash command through its response_url (works where the bot is not a member).
/// Progress, help and errors are ephemeral, each replacing the previous ephemeral response;
/// a digest is posted in the channel for everyone.
/// </summary>
internal sealed class ResponseUrlResponder(SlackApiClient api, Uri responseUrl) : IChatResponder
{
    public Task ShowProgressAsync(CancellationToken cancellationToken) =>
        api.PostToResponseUrlAsync(
            responseUrl,
            new ResponseUrlMessage("ephemeral", TextRenderer.Progress.Text, TextRenderer.Progress.Blocks),
            cancellationToken);

    public Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var message = TextRenderer.Render(reply);
        var forEveryone = reply.Digest is not null;
        return api.PostToResponseUrlAsync(
            responseUrl,
            new ResponseUrlMessage(forEveryone ? "in_channel" : "ephemeral", message.Text, message.Blocks)
            {
                // An ephemeral response cannot become public, so a digest is a new message.
                ReplaceOriginal = !forEveryone,
            },
            cancellationToken);
    }
}
