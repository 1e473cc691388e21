using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Bot.Discord.Gateway;
using Bot.Discord.RateLimits;
using Bot.Discord.Rest.Models;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Rest;

/// <summary>
/// Discord's REST API with its rate-limit model: per-route buckets learned from the headers, waits on 429
/// (per route or global), and the bot-wide requests-per-second cap (see <see cref="RestRateLimiter"/>). Uses the named client <see cref="HttpClientName"/>,
/// which has no generic retry handler: 429 handling lives here, and nothing else is retried.
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClients,
    RestRateLimiter rateLimits,
    IOptions<DiscordOptions> options,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "Discord";

    public async Task<GatewayBotInfo> GetGatewayBotAsync(CancellationToken cancellationToken) =>
        await SendAsync<GatewayBotInfo>(DiscordRoute.GatewayBot(), null, cancellationToken)
        ?? throw new DiscordApiException(HttpStatusCode.OK, null, "empty answer", "GET gateway/bot");

    public Task CreateMessageAsync(string channelId, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.CreateMessage(channelId), message, cancellationToken);

    public Task TriggerTypingAsync(string channelId, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.TriggerTyping(channelId), null, cancellationToken);

    public Task CreateInteractionResponseAsync(string interactionId, string token, InteractionResponse response, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.InteractionCallback(interactionId, token), response, cancellationToken);

    public Task EditOriginalResponseAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.EditOriginalResponse(applicationId, token), message, cancellationToken);

    public Task DeleteOriginalResponseAsync(string applicationId, string token, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.DeleteOriginalResponse(applicationId, token), null, cancellationToken);

    public Task CreateFollowupAsync(string applicationId, string token, MessagePayload message, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(DiscordRoute.CreateFollowup(applicationId, token), message, cancellationToken);

    public Task BulkOverwriteCommandsAsync(
        string applicationId, string? guildId, IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync<JsonElement>(
            guildId is null ? DiscordRoute.BulkOverwriteGlobalCommands(applicationId) : DiscordRoute.BulkOverwriteGuildCommands(applicationId, guildId),
            commands, cancellationToken);

    private async Task<T?> SendAsync<T>(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            using var response = await SendOnceAsync(route, body, cancellationToken);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt < options.Value.MaxRateLimitAttempts)
                    continue;
                throw new DiscordApiException(response.StatusCode, null, "still rate limited after retries", route.RouteKey);
            }
            if (!response.IsSuccessStatusCode)
                throw await ToExceptionAsync(route, response, cancellationToken);
            var json = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(json) ? default : JsonSerializer.Deserialize<T>(json, DiscordJson.Options);
        }
    }

    /// <summary>One attempt inside the route's bucket; a 429 is recorded (so the next attempt waits) and returned.</summary>
    private async Task<HttpResponseMessage> SendOnceAsync(DiscordRoute route, object? body, CancellationToken cancellationToken)
    {
        using var turn = await rateLimits.EnterAsync(route, cancellationToken);

        using var request = new HttpRequestMessage(route.Method, route.Path);
        if (route.UsesBotToken)
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.Token);
        if (body is not null)
            request.Content = JsonContent.Create(body, body.GetType(), options: DiscordJson.Options);

        var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
        var info = RateLimitInfo.From(response.Headers);
        await rateLimits.RecordAsync(turn, info, cancellationToken);
        logger.LogDebug("Discord {Route} answered {Status} (remaining {Remaining})", route.RouteKey, (int)response.StatusCode, info.Remaining);

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var error = await ReadErrorAsync(response, cancellationToken);
            var retryAfter = error?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : info.RetryAfter ?? TimeSpan.FromSeconds(1);
            var global = info.IsGlobal || error?.Global == true || info.Scope == "global";
            await rateLimits.RecordLimitedAsync(turn, retryAfter, global, cancellationToken);
            logger.LogWarning("Discord rate limit on {Route} ({Scope}); retrying after {RetryAfter}",
                route.RouteKey, global ? "global" : info.Scope ?? "route", retryAfter);
        }
        return response;
    }

    private static async Task<DiscordApiException> ToExceptionAsync(DiscordRoute route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var error = await ReadErrorAsync(response, cancellationToken);
        return new DiscordApiException(response.StatusCode, error?.Code, error?.Message ?? response.ReasonPhrase ?? "error", route.RouteKey);
    }

    private static async Task<DiscordError?> ReadErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<DiscordError>(DiscordJson.Options, cancellationToken);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException)
        {
            return null;
        }
    }
}
