namespace Bot.Discord.Rest.Models;

/// <summary>The body of an interaction callback.</summary>
internal sealed record InteractionResponse(int Type, InteractionResponseData? Data = null)
{
    public const int DeferredChannelMessageWithSource = 5;
    public const int EphemeralFlag = 64;
}

internal sealed record InteractionResponseData(int? Flags = null);
