using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.WebApi;

/// <summary>
/// Slack Web API over a typed HttpClient: JSON POST with a bearer token, <c>ok</c> checked,
/// HTTP 429 honoured per method with Retry-After, and posts paced per channel (<see cref="ChannelPacer"/>).
/// </summary>
internal sealed class SlackApiClient(
    HttpClient http,
    IOptions<SlackOptions> options,
    SlackRateLimitGate gate,
    ChannelPacer pacer,
    ILogger<SlackApiClient> logger)
{
    private const int MaxAttempts = 4;
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(30);

    public Task<AuthTestResponse> AuthTestAsync(CancellationToken cancellationToken) =>
        CallAsync<AuthTestResponse>("auth.test", null, options.Value.BotToken, cancellationToken);

    /// <summary>A fresh, single-use Socket Mode URL (app-level token).</summary>
    public async Task<Uri> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var response = await CallAsync<ConnectionsOpenResponse>(
            "apps.connections.open", null, options.Value.AppToken, cancellationToken).ConfigureAwait(false);
        return Uri.TryCreate(response.Url, UriKind.Absolute, out var url)
            ? url
            : throw new SlackApiException("apps.connections.open", "no_url");
    }

    public async Task<MessageResponse> PostMessageAsync(PostMessageRequest request, CancellationToken cancellationToken)
    {
        await pacer.WaitTurnAsync(request.Channel, cancellationToken).ConfigureAwait(false);
        return await CallAsync<MessageResponse>("chat.postMessage", request, options.Value.BotToken, cancellationToken)
            .ConfigureAwait(false);
    }

    public Task<MessageResponse> UpdateMessageAsync(UpdateMessageRequest request, CancellationToken cancellationToken) =>
        CallAsync<MessageResponse>("chat.update", request, options.Value.BotToken, cancellationToken);

    public Task<SlackResponse> AddReactionAsync(AddReactionRequest request, CancellationToken cancellationToken) =>
        CallAsync<SlackResponse>("reactions.add", request, options.Value.BotToken, cancellationToken);

    /// <summary>POSTs to a slash command's response_url (no token: the URL is the credential).</summary>
    public async Task PostToResponseUrlAsync(Uri responseUrl, ResponseUrlMessage message, CancellationToken cancellationToken)
    {
        const string key = "response_url";
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(key, cancellationToken).ConfigureAwait(false);
            using var response = await http.PostAsJsonAsync(responseUrl, message, SlackJson.Options, cancellationToken)
                .ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests && attempt < MaxAttempts)
            {
                BlockAfter429(key, response);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new SlackApiException(key, $"http_{(int)response.StatusCode}");
            }

            return;
        }
    }

    private async Task<T> CallAsync<T>(string method, object? body, string token, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        for (var attempt = 1; ; attempt++)
        {
            await gate.WaitAsync(method, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Post, method)
            {
                Content = body is null
                    ? new FormUrlEncodedContent([])
                    : JsonContent.Create(body, body.GetType(), options: SlackJson.Options),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                if (attempt >= MaxAttempts)
                {
                    throw new SlackApiException(method, "ratelimited");
                }

                BlockAfter429(method, response);
                continue;
            }

            var result = await ReadAsync<T>(method, response, cancellationToken).ConfigureAwait(false);
            if (!result.Ok)
            {
                var error = result.Error ?? "unknown_error";
                logger.LogWarning("Slack {Method} answered {Error}: {Hint}", method, error, SlackErrorHints.For(error));
                throw new SlackApiException(method, error);
            }

            return result;
        }
    }

    private static async Task<T> ReadAsync<T>(string method, HttpResponseMessage response, CancellationToken cancellationToken)
        where T : SlackResponse
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<T>(SlackJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new SlackApiException(method, "empty_response");
        }
        catch (System.Text.Json.JsonException)
        {
            throw new SlackApiException(method, $"http_{(int)response.StatusCode}_not_json");
        }
    }

    private void BlockAfter429(string method, HttpResponseMessage response)
    {
        var retryAfter = response.Headers.RetryAfter?.Delta ?? DefaultRetryAfter;
        logger.LogWarning("Slack rate-limited {Method}; waiting {RetryAfterSeconds}s", method, retryAfter.TotalSeconds);
        gate.Block(method, retryAfter);
    }
}
