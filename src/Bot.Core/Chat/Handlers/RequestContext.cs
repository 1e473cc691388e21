namespace Bot.Core.Chat.Handlers;

/// <summary>Who asked, where, and how to answer them.</summary>
/// <param name="CorrelationId">A short id in every log line of this request and in unexpected-error replies.</param>
/// <param name="AutoSummarizeHere">Auto-summaries are on where the request was made (null when unknown).</param>
public sealed record RequestContext(
    Conversation Conversation,
    string UserId,
    IChatResponder Responder,
    string CorrelationId,
    bool? AutoSummarizeHere);
