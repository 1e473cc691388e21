using Bot.Core.Chat;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Responding;

/// <summary>Answers a message in its thread: a "reading…" placeholder first, then chat.update with the answer.</summary>
internal sealed class ThreadResponder(SlackApiClient api, string channel, string threadTs, ILogger logger) : IChatResponder
{
    private string? placeholderTs;

    public async Task ShowProgressAsync(CancellationToken cancellationToken)
    {
        try
        {
            var posted = await api.PostMessageAsync(Post(TextRenderer.Progress), cancellationToken).ConfigureAwait(false);
            placeholderTs = posted.Ts;
        }
        catch (SlackApiException e)
        {
            // The placeholder is a courtesy; the answer is still attempted (and its failure logged).
            logger.LogDebug("No progress placeholder in {Channel}: {Error}", channel, e.Error);
        }
    }

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var message = TextRenderer.Render(reply);
        if (placeholderTs is { } ts)
        {
            // The placeholder is replaced once; later replies (e.g. one per link) are posted beside it.
            placeholderTs = null;
            try
            {
                await api.UpdateMessageAsync(new UpdateMessageRequest(channel, ts, message.Text, message.Blocks), cancellationToken)
                    .ConfigureAwait(false);
                return;
            }
            catch (SlackApiException e) when (e.Error is "message_not_found" or "cant_update_message" or "edit_window_closed")
            {
                logger.LogInformation("Placeholder in {Channel} could not be updated ({Error}); posting instead", channel, e.Error);
            }
        }

        await api.PostMessageAsync(Post(message), cancellationToken).ConfigureAwait(false);
    }

    private PostMessageRequest Post(SlackMessage message) =>
        new(channel, message.Text, message.Blocks) { ThreadTs = threadTs, UnfurlLinks = false, UnfurlMedia = false };
}
