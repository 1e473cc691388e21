using System.Text.RegularExpressions;
using Bot.Core.Chat;

namespace Bot.Discord.Messages;

/// <summary>
/// Translates MESSAGE_CREATE into a <see cref="ChatMessage"/>: drops bots, webhooks and system messages,
/// removes the bot's own mention, and marks mentions, DMs and auto-summarize channels.
/// </summary>
internal sealed class MessageTranslator(IReadOnlyCollection<string> autoSummarizeChannels)
{
    private const int DefaultType = 0;
    private const int ReplyType = 19;

    private readonly bool _autoSummarizeEverywhere = autoSummarizeChannels.Contains("*");

    /// <summary>The message, or null when it must be ignored.</summary>
    public ChatMessage? Translate(MessageCreateEvent message, string? botUserId)
    {
        if (message.Author.Bot == true || message.WebhookId is not null || message.Author.Id == botUserId)
            return null;
        if (message.Type is not (DefaultType or ReplyType))
            return null;

        var content = message.Content ?? "";
        var mentioned = botUserId is not null
            && (message.Mentions?.Any(m => m.Id == botUserId) == true || content.Contains($"<@{botUserId}>") || content.Contains($"<@!{botUserId}>"));
        var text = botUserId is null ? content : Regex.Replace(content, $@"<@!?{Regex.Escape(botUserId)}>", "").Trim();
        var isDirect = message.GuildId is null;

        return new ChatMessage(new Conversation("discord", message.ChannelId), message.Author.Id, message.Id, text)
        {
            MentionsBot = mentioned || isDirect,
            AutoSummarize = _autoSummarizeEverywhere || autoSummarizeChannels.Contains(message.ChannelId),
        };
    }
}
