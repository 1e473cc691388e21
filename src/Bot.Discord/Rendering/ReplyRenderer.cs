using Bot.Core.Chat;
using Bot.Discord.Rest.Models;

namespace Bot.Discord.Rendering;

/// <summary>Turns a platform-neutral <see cref="Reply"/> into a Discord message body that pings nobody.</summary>
internal static class ReplyRenderer
{
    public static MessagePayload Render(Reply reply, MessageReference? replyTo = null) =>
        reply.Digest is { } digest
            ? new MessagePayload { Embeds = DigestEmbedRenderer.Render(digest), MessageReference = replyTo }
            : new MessagePayload
            {
                Content = DiscordText.Truncate(DiscordMarkdown.Escape(reply.Text ?? ""), EmbedLimits.Content),
                MessageReference = replyTo,
            };
}
