using System.Text.Json;

namespace Bot.Slack.Events;

/// <summary>The events_api payload (wire DTO).</summary>
internal sealed record EventCallback
{
    public string? Type { get; init; }
    public string? EventId { get; init; }
    public JsonElement Event { get; init; }
}

/// <summary>The fields of app_mention and message events that the bot reads (wire DTO).</summary>
internal sealed record SlackMessageEvent
{
    public string? Type { get; init; }
    public string? Subtype { get; init; }
    public string? Channel { get; init; }
    public string? ChannelType { get; init; }
    public string? User { get; init; }
    public string? BotId { get; init; }
    public string? Text { get; init; }
    public string? Ts { get; init; }
    public string? ThreadTs { get; init; }
}

/// <summary>The slash_commands payload (wire DTO).</summary>
internal sealed record SlashCommandPayload
{
    public string? Command { get; init; }
    public string? Text { get; init; }
    public string? ChannelId { get; init; }
    public string? UserId { get; init; }
    public string? ResponseUrl { get; init; }
    public string? TriggerId { get; init; }
}
