using System.Text.Json;

namespace Bot.Discord.Commands;

/// <summary>The fields of INTERACTION_CREATE the bot reads. <see cref="Token"/> is a secret: never log it.</summary>
internal sealed record InteractionCreateEvent(
    string Id,
    string ApplicationId,
    int Type,
    string Token,
    string? GuildId,
    string? ChannelId,
    InteractionMember? Member,
    InteractionUser? User,
    InteractionData? Data)
{
    public const int ApplicationCommandType = 2;

    public string? InvokerId => Member?.User?.Id ?? User?.Id;
}

internal sealed record InteractionMember(InteractionUser? User);

internal sealed record InteractionUser(string Id);

internal sealed record InteractionData(string Name, int? Type, IReadOnlyList<InteractionOption>? Options);

internal sealed record InteractionOption(string Name, int Type, JsonElement? Value, IReadOnlyList<InteractionOption>? Options);
