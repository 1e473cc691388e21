namespace Bot.Core.Chat;

/// <summary>Where a message was posted, and so where the answer goes: a platform, a channel and a thread.</summary>
/// <param name="Platform">"discord", "slack" or "console".</param>
/// <param name="ThreadId">Slack: the thread the reply goes into (<c>thread_ts</c>, or the message's own <c>ts</c> at top
/// level, so the answer starts a thread under it). Discord: null, since a Discord thread is a channel of its own.</param>
public sealed record Conversation(string Platform, string ChannelId, string? ThreadId = null);
