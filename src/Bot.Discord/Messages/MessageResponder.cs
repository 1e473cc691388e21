using Bot.Core.Chat;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Discord.Rest.Models;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Messages;

/// <summary>Answers a posted message: typing while working, then a reply to it (that still posts if it was deleted).</summary>
internal sealed class MessageResponder(DiscordRestClient rest, string channelId, string messageId, ILogger logger) : IChatResponder
{
    public async Task ShowProgressAsync(CancellationToken cancellationToken)
    {
        try
        {
            await rest.TriggerTypingAsync(channelId, cancellationToken);
        }
        catch (DiscordApiException ex)
        {
            // A missing typing indicator is cosmetic; the answer still goes out.
            logger.LogWarning(ex, "Typing indicator in channel {ChannelId} failed", channelId);
        }
    }

    public Task SendAsync(Reply reply, CancellationToken cancellationToken) =>
        rest.CreateMessageAsync(channelId, ReplyRenderer.Render(reply, new MessageReference(messageId)), cancellationToken);
}
