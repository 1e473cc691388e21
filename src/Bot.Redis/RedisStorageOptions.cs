using System.ComponentModel.DataAnnotations;

namespace Bot.Redis;

/// <summary>The Redis keys of the <c>Storage</c> section, used when <c>Storage:Provider</c> is <c>redis</c>.</summary>
public sealed class RedisStorageOptions
{
    public const string Section = "Storage";

    /// <summary>A StackExchange.Redis configuration string, e.g. <c>redis:6379,password=…,ssl=true</c>.</summary>
    public string Redis { get; set; } = "";

    /// <summary>Put before every key, so several bots (or other programs) can share one server.</summary>
    [Required(AllowEmptyStrings = false)]
    [RegularExpression(@"^[^\s]{1,64}$", ErrorMessage = "The field KeyPrefix must be 1 to 64 characters without spaces.")]
    public string KeyPrefix { get; set; } = "articlebot:";

    /// <summary>How long one instance may hold a link's work before another takes over (a crashed holder's lock expires).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan WorkLockTtl { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a conversation's recent links are kept after its last link.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "3650.00:00:00")]
    public TimeSpan RecentLinksTtl { get; set; } = TimeSpan.FromDays(30);
}
