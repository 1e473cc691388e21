namespace Bot.Discord.Rest.Models;

/// <summary>The body of Create Message and of Edit Original Interaction Response.</summary>
internal sealed record MessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<Embed>? Embeds { get; init; }

    /// <summary>Always sent, and always empty: article text must not ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public MessageReference? MessageReference { get; init; }

    public int? Flags { get; init; }
}

internal sealed record AllowedMentions(IReadOnlyList<string> Parse, bool RepliedUser)
{
    public static AllowedMentions None { get; } = new([], false);
}

internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
