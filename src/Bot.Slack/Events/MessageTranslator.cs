using Bot.Core.Chat;
using Microsoft.Extensions.Options;

namespace Bot.Slack.Events;

/// <summary>
/// app_mention / message events → ChatMessage, or null for what the bot must ignore: edits, deletes,
/// joins and other subtypes, anything posted by a bot, and the bot itself.
/// </summary>
internal sealed class MessageTranslator(SlackBotIdentity identity, IOptions<SlackOptions> options)
{
    /// <summary>Subtypes that are still real user posts.</summary>
    private static readonly HashSet<string> UserSubtypes = ["thread_broadcast", "file_share"];

    public ChatMessage? Translate(SlackMessageEvent e)
    {
        if (e.Type is not ("app_mention" or "message")
            || (e.Subtype is not null && !UserSubtypes.Contains(e.Subtype))
            || e.BotId is not null
            || string.IsNullOrEmpty(e.User) || e.User == identity.UserId
            || string.IsNullOrEmpty(e.Channel) || string.IsNullOrEmpty(e.Ts))
        {
            return null;
        }

        var text = e.Text ?? "";
        var mentionsBot = e.Type == "app_mention" || e.ChannelType == "im" || SlackText.Mentions(text, identity.UserId);
        var conversation = new Conversation("slack", e.Channel, e.ThreadTs ?? e.Ts);
        return new ChatMessage(conversation, e.User, e.Ts, SlackText.StripMention(text, identity.UserId))
        {
            MentionsBot = mentionsBot,
            AutoSummarize = options.Value.AutoSummarizes(e.Channel),
        };
    }
}
