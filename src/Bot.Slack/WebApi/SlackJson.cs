using System.Text.Json;
using System.Text.Json.Serialization;

namespace Bot.Slack.WebApi;

/// <summary>The one serializer configuration for Slack's snake_case wire format.</summary>
internal static class SlackJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
