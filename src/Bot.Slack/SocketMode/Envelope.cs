using System.Text.Json;

namespace Bot.Slack.SocketMode;

/// <summary>One Socket Mode frame (wire DTO): hello, disconnect, or an envelope to acknowledge.</summary>
internal sealed record Envelope(
    string Type,
    string? EnvelopeId,
    JsonElement Payload,
    bool AcceptsResponsePayload,
    int RetryAttempt,
    string? RetryReason,
    string? DisconnectReason)
{
    public static Envelope? Parse(string frame)
    {
        try
        {
            using var doc = JsonDocument.Parse(frame);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            return new Envelope(
                String(root, "type") ?? "",
                String(root, "envelope_id"),
                root.TryGetProperty("payload", out var payload) ? payload.Clone() : default,
                root.TryGetProperty("accepts_response_payload", out var accepts) && accepts.ValueKind == JsonValueKind.True,
                root.TryGetProperty("retry_attempt", out var retry) && retry.TryGetInt32(out var n) ? n : 0,
                String(root, "retry_reason"),
                String(root, "reason"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string Ack(string envelopeId) => JsonSerializer.Serialize(new Dictionary<string, string> { ["envelope_id"] = envelopeId });

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
