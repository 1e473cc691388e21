namespace Bot.Core.Chat;

/// <summary>
/// A platform-neutral answer. Exactly one of <see cref="Digest"/> and <see cref="Text"/> is set.
/// All text is plain: adapters escape it for their markup so article text can never ping anyone.
/// </summary>
public sealed record Reply
{
    private Reply() { }

    public ArticleDigest? Digest { get; private init; }

    /// <summary>Plain text (help, errors, notices). Lines are separated by '\n'; no markup.</summary>
    public string? Text { get; private init; }

    /// <summary>Something went wrong; platforms that can show it privately (Discord ephemeral) may do so.</summary>
    public bool IsError { get; private init; }

    public static Reply ForDigest(ArticleDigest digest) => new() { Digest = digest };

    public static Reply Info(string text) => new() { Text = text };

    public static Reply Error(string text) => new() { Text = text, IsError = true };
}
