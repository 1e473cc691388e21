namespace Bot.Slack.WebApi;

/// <summary>Every Web API answer carries ok, and error when ok is false.</summary>
internal record SlackResponse
{
    public bool Ok { get; init; }
    public string? Error { get; init; }
    public string? Warning { get; init; }
}

internal sealed record AuthTestResponse : SlackResponse
{
    public string? UserId { get; init; }
    public string? BotId { get; init; }
    public string? TeamId { get; init; }
}

internal sealed record ConnectionsOpenResponse : SlackResponse
{
    public string? Url { get; init; }
}

internal sealed record MessageResponse : SlackResponse
{
    public string? Channel { get; init; }
    public string? Ts { get; init; }
}
