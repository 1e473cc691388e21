using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Chat;

/// <summary>How the bot treats chat requests, whatever the platform.</summary>
public sealed class ChatOptions
{
    public const string Section = "Chat";

    /// <summary>At most this many links of one message are read.</summary>
    [Range(1, 10)]
    public int MaxLinksPerMessage { get; set; } = 3;

    /// <summary>Requests one user may make per minute.</summary>
    [Range(1, 1000)]
    public int UserRequestsPerMinute { get; set; } = 6;

    /// <summary>Requests one channel may make per minute, all users together.</summary>
    [Range(1, 10000)]
    public int ChannelRequestsPerMinute { get; set; } = 20;

    /// <summary>Articles fetched and summarized at the same time.</summary>
    [Range(1, 64)]
    public int MaxConcurrentWork { get; set; } = 4;

    /// <summary>Requests waiting for a free slot; past this the bot answers "busy".</summary>
    [Range(0, 1000)]
    public int MaxQueuedWork { get; set; } = 16;

    [Range(1, 10)]
    public int DefaultQuoteCount { get; set; } = 3;

    [Range(1, 25)]
    public int MaxQuoteCount { get; set; } = 10;
}
