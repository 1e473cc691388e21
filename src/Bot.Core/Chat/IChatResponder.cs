namespace Bot.Core.Chat;

/// <summary>
/// Answers one request, the platform's way. An adapter creates one per incoming message or command.
/// </summary>
public interface IChatResponder
{
    /// <summary>
    /// Shows that work has started (typing indicator, "reading…" placeholder, deferred interaction).
    /// Called at most once, before <see cref="SendAsync"/>, only for work that may take a while.
    /// </summary>
    Task ShowProgressAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Sends an answer. The first call replaces the progress placeholder if there was one; a request with several
    /// links gets one call per link, and later calls post further replies in the same place.
    /// </summary>
    Task SendAsync(Reply reply, CancellationToken cancellationToken);
}
