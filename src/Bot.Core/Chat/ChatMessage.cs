namespace Bot.Core.Chat;

/// <summary>A message as posted in chat, translated by an adapter into platform-neutral terms.</summary>
/// <param name="Text">The text with the bot's own mention removed; links keep the platform's notation
/// (<c>&lt;url|label&gt;</c> in Slack, <c>&lt;url&gt;</c> in Discord).</param>
public sealed record ChatMessage(Conversation Conversation, string UserId, string MessageId, string Text)
{
    /// <summary>Posted by a bot (including this one); such messages are ignored.</summary>
    public bool IsFromBot { get; init; }

    /// <summary>The message addressed the bot (a mention, or a direct message).</summary>
    public bool MentionsBot { get; init; }

    /// <summary>Auto-summaries are on where it was posted, so a bare link is a request.</summary>
    public bool AutoSummarize { get; init; }
}
