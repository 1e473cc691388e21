using System.Net;

namespace Bot.Discord.Rest;

/// <summary>Discord answered a REST call with an error status; <see cref="Code"/> is its JSON error code when given.</summary>
public sealed class DiscordApiException(HttpStatusCode status, int? code, string message, string route)
    : Exception($"Discord {route} failed with {(int)status}{(code is { } c ? $" (code {c})" : "")}: {message}")
{
    public HttpStatusCode Status { get; } = status;

    public int? Code { get; } = code;

    public bool IsUnauthorized => Status == HttpStatusCode.Unauthorized;
}
