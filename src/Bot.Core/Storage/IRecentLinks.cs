using Bot.Core.Chat;

namespace Bot.Core.Storage;

/// <summary>The links most recently posted per conversation, so "quotes on X" can refer to the last one.</summary>
public interface IRecentLinks
{
    Task RecordAsync(Conversation conversation, string url, CancellationToken cancellationToken);

    /// <summary>The latest link of the thread if the conversation is a thread and it has one, else of the channel.</summary>
    Task<string?> GetLatestAsync(Conversation conversation, CancellationToken cancellationToken);
}
