using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Discord;

/// <summary>Serializer settings for Discord's wire format: snake_case names, absent optional fields omitted.</summary>
internal static class DiscordJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
