namespace Bot.Discord.Rest;

/// <summary>
/// One REST call: the method and path, plus what its rate limit is keyed on (the route template and the
/// top-level resource id). <see cref="Template"/> is what gets logged: paths may hold interaction tokens.
/// </summary>
internal sealed record DiscordRoute(HttpMethod Method, string Template, string MajorId, string Path)
{
    /// <summary>Interaction callbacks and webhooks are authorised by the token in the path, not the bot token.</summary>
    public bool UsesBotToken { get; init; } = true;

    /// <summary>Interaction endpoints are exempt from the global 50/s limit.</summary>
    public bool CountsTowardsGlobalLimit { get; init; } = true;

    public string RouteKey => $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    public static DiscordRoute GatewayBot() => new(HttpMethod.Get, "gateway/bot", "", "gateway/bot");

    public static DiscordRoute CreateMessage(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/messages", channelId, $"channels/{channelId}/messages");

    public static DiscordRoute TriggerTyping(string channelId) =>
        new(HttpMethod.Post, "channels/{channel_id}/typing", channelId, $"channels/{channelId}/typing");

    public static DiscordRoute InteractionCallback(string interactionId, string token) =>
        new(HttpMethod.Post, "interactions/{interaction_id}/{token}/callback", interactionId, $"interactions/{interactionId}/{token}/callback")
        {
            UsesBotToken = false,
            CountsTowardsGlobalLimit = false,
        };

    public static DiscordRoute EditOriginalResponse(string applicationId, string token) =>
        new(HttpMethod.Patch, "webhooks/{application_id}/{token}/messages/@original", $"{applicationId}/{token}",
            $"webhooks/{applicationId}/{token}/messages/@original")
        {
            UsesBotToken = false,
            CountsTowardsGlobalLimit = false,
        };

    public static DiscordRoute DeleteOriginalResponse(string applicationId, string token) =>
        new(HttpMethod.Delete, "webhooks/{application_id}/{token}/messages/@original", $"{applicationId}/{token}",
            $"webhooks/{applicationId}/{token}/messages/@original")
        {
            UsesBotToken = false,
            CountsTowardsGlobalLimit = false,
        };

    public static DiscordRoute CreateFollowup(string applicationId, string token) =>
        new(HttpMethod.Post, "webhooks/{application_id}/{token}", $"{applicationId}/{token}", $"webhooks/{applicationId}/{token}")
        {
            UsesBotToken = false,
            CountsTowardsGlobalLimit = false,
        };

    public static DiscordRoute BulkOverwriteGlobalCommands(string applicationId) =>
        new(HttpMethod.Put, "applications/{application_id}/commands", applicationId, $"applications/{applicationId}/commands");

    public static DiscordRoute BulkOverwriteGuildCommands(string applicationId, string guildId) =>
        new(HttpMethod.Put, "applications/{application_id}/guilds/{guild_id}/commands", guildId,
            $"applications/{applicationId}/guilds/{guildId}/commands");
}
