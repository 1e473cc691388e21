namespace Bot.Core.Chat;

/// <summary>A slash command, translated by an adapter into platform-neutral terms.</summary>
/// <param name="Name">"summarize", "quotes" or "help" (without the slash).</param>
/// <param name="Options">Named options as given: "url", "length", "language", "topic", "count".
/// Slack's free-text commands arrive as one "text" option and are parsed by the router.</param>
/// <param name="CommandId">The platform's id for this invocation (interaction id, trigger id).</param>
public sealed record ChatCommand(
    Conversation Conversation,
    string UserId,
    string CommandId,
    string Name,
    IReadOnlyDictionary<string, string> Options);
