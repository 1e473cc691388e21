using System.Text.Json;

namespace Bot.Testing.Slack;

/// <summary>Socket Mode frames as documented (trimmed).</summary>
public static class SlackFrames
{
    public static string Hello() => JsonSerializer.Serialize(new
    {
        type = "hello",
        num_connections = 1,
        connection_info = new { app_id = "A1" },
        debug_info = new { host = "fake", approximate_connection_time = 3600 },
    });

    public static string Disconnect(string reason) =>
        JsonSerializer.Serialize(new { type = "disconnect", reason, debug_info = new { host = "fake" } });

    public static string Event(string envelopeId, string eventId, object evt, int retryAttempt = 0, string retryReason = "") =>
        JsonSerializer.Serialize(new
        {
            envelope_id = envelopeId,
            type = "events_api",
            accepts_response_payload = false,
            retry_attempt = retryAttempt,
            retry_reason = retryReason,
            payload = new { type = "event_callback", team_id = "T1", event_id = eventId, event_time = 1, @event = evt },
        });

    public static object Mention(string ts, string text, string channel = "C1", string user = "U1", string? threadTs = null) =>
        new { type = "app_mention", user, text, ts, channel, event_ts = ts, thread_ts = threadTs };

    public static object Message(string ts, string text, string channel = "C1", string user = "U1", string channelType = "channel") =>
        new { type = "message", user, text, ts, channel, event_ts = ts, channel_type = channelType };

    public static string SlashCommand(string envelopeId, string command, string text, string responseUrl) =>
        JsonSerializer.Serialize(new
        {
            envelope_id = envelopeId,
            type = "slash_commands",
            accepts_response_payload = true,
            payload = new
            {
                team_id = "T1",
                channel_id = "C1",
                user_id = "U1",
                command,
                text,
                response_url = responseUrl,
                trigger_id = "trig-" + envelopeId,
            },
        });
}
