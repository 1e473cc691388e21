namespace Bot.Slack.WebApi;

/// <summary>Slack answered <c>{ok:false, error}</c> (or gave up after rate limiting).</summary>
public sealed class SlackApiException(string method, string error)
    : Exception($"Slack {method} failed: {error}")
{
    public string Method { get; } = method;

    /// <summary>Slack's machine code, e.g. not_in_channel, invalid_auth, ratelimited.</summary>
    public string Error { get; } = error;

    /// <summary>The token or installation is unusable: retrying cannot help.</summary>
    public bool IsFatal => Error is "not_authed" or "invalid_auth" or "account_inactive" or "token_revoked"
        or "user_removed_from_team" or "team_disabled" or "missing_args";
}
