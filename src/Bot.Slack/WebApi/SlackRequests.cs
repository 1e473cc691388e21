using Bot.Slack.Rendering;

namespace Bot.Slack.WebApi;

internal sealed record PostMessageRequest(string Channel, string Text, IReadOnlyList<Block>? Blocks)
{
    public string? ThreadTs { get; init; }
    public bool UnfurlLinks { get; init; }
    public bool UnfurlMedia { get; init; }
}

/// <summary>chat.update; blocks are always sent (an empty list clears old ones).</summary>
internal sealed record UpdateMessageRequest(string Channel, string Ts, string Text, IReadOnlyList<Block> Blocks);

internal sealed record AddReactionRequest(string Channel, string Name, string Timestamp);

/// <summary>A message posted to a slash command's response_url.</summary>
internal sealed record ResponseUrlMessage(string ResponseType, string Text, IReadOnlyList<Block>? Blocks)
{
    public bool ReplaceOriginal { get; init; }
}
