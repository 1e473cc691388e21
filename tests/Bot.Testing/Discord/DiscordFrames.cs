namespace Bot.Testing.Discord;

/// <summary>Gateway frames in Discord's documented shapes.</summary>
public static class DiscordFrames
{
    public static object Ready(string resumeUrl, string sessionId, int sequence, int[]? shard = null) => new
    {
        op = 0, s = sequence, t = "READY",
        d = new
        {
            v = 10,
            user = new { id = FakeDiscord.BotUserId, username = "linkbot", bot = true },
            guilds = Array.Empty<object>(),
            session_id = sessionId,
            resume_gateway_url = resumeUrl,
            shard = shard ?? [0, 1],
            application = new { id = FakeDiscord.ApplicationId, flags = 0 },
        },
    };

    public static object Message(int sequence, string id, string content, bool bot = false, string channelId = "290926798999357250",
        string? guildId = "290926798626357999", object[]? mentions = null) => new
    {
        op = 0, s = sequence, t = "MESSAGE_CREATE",
        d = new Dictionary<string, object?>
        {
            ["id"] = id,
            ["channel_id"] = channelId,
            ["guild_id"] = guildId,
            ["author"] = bot ? new { id = "333333333333333333", username = "otherbot", bot = true } : new { id = "53908099506183680", username = "mason" },
            ["content"] = content,
            ["type"] = 0,
            ["mentions"] = mentions ?? [],
            ["embeds"] = Array.Empty<object>(),
        },
    };

    public static object Mention() => new { id = FakeDiscord.BotUserId, username = "linkbot", bot = true };

    public static object SlashCommand(int sequence, string id, string token, string name, object[] options) => new
    {
        op = 0, s = sequence, t = "INTERACTION_CREATE",
        d = new
        {
            id,
            application_id = FakeDiscord.ApplicationId,
            type = 2,
            token,
            version = 1,
            guild_id = "290926798626357999",
            channel_id = "645027906669510667",
            member = new { user = new { id = "53908232506183680", username = "mason" }, roles = Array.Empty<string>() },
            data = new { id = "771825006014889984", name, type = 1, options },
        },
    };
}
