namespace Bot.Discord.Rest.Models;

/// <summary>A slash command (CHAT_INPUT, type 1) as sent in a bulk overwrite.</summary>
internal sealed record ApplicationCommand(
    string Name,
    string Description,
    IReadOnlyList<ApplicationCommandOption>? Options = null)
{
    public int Type { get; init; } = 1;

    /// <summary>0 = installable in guilds.</summary>
    public IReadOnlyList<int> IntegrationTypes { get; init; } = [0];

    /// <summary>0 = guild channels, 1 = DMs with the bot.</summary>
    public IReadOnlyList<int> Contexts { get; init; } = [0, 1];
}

internal sealed record ApplicationCommandOption(int Type, string Name, string Description, bool Required = false)
{
    public const int String = 3;
    public const int Integer = 4;

    public IReadOnlyList<ApplicationCommandChoice>? Choices { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public int? MinValue { get; init; }

    public int? MaxValue { get; init; }
}

internal sealed record ApplicationCommandChoice(string Name, string Value);
