namespace Bot.Core.Chat;

/// <summary>Where a message was posted: a platform, a channel and, when it is a reply, its thread.</summary>
/// <param name="Platform">"discord", "slack" or "console".</param>
/// <param name="ThreadId">Discord: the thread channel id; Slack: the parent message's <c>thread_ts</c>; null at top level.</param>
public sealed record Conversation(string Platform, string ChannelId, string? ThreadId = null);
