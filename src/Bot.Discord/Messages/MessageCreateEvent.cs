namespace Bot.Discord.Messages;

/// <summary>The fields of MESSAGE_CREATE the bot reads.</summary>
internal sealed record MessageCreateEvent(
    string Id,
    string ChannelId,
    string? GuildId,
    MessageAuthor Author,
    string? Content,
    int Type,
    string? WebhookId,
    IReadOnlyList<MessageAuthor>? Mentions);

/// <summary><see cref="Bot"/> is missing for humans.</summary>
internal sealed record MessageAuthor(string Id, bool? Bot);
