using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Storage;

/// <summary>Where the bot keeps its state (a SQLite file, or a Redis server shared by several instances) and how long
/// cached things stay valid.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string Sqlite = "sqlite";

    public const string Redis = "redis";

    /// <summary><c>sqlite</c> (one instance, nothing to run) or <c>redis</c> (the keys under <c>Storage:Redis</c>).</summary>
    [AllowedValues(Sqlite, Redis, ErrorMessage = "The field Provider must be sqlite or redis.")]
    public string Provider { get; set; } = Sqlite;

    /// <summary>The database file; a relative path is resolved against the current directory. Its folder is created.</summary>
    [Required(AllowEmptyStrings = false)]
    public string DatabasePath { get; set; } = "data/bot.db";

    /// <summary>How long a fetched article is served from the cache.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan ArticleTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a summary is served from the cache.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan SummaryTtl { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How long a handled chat event id is remembered, so a redelivery is not answered twice.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan EventRetention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How many recent links are kept per conversation (channel, or thread).</summary>
    [Range(1, 10_000)]
    public int RecentLinksPerConversation { get; set; } = 20;

    /// <summary>How often expired rows are deleted.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan PruneInterval { get; set; } = TimeSpan.FromHours(1);
}
