using System.ComponentModel.DataAnnotations;
using Bot.Discord.Gateway.Compression;
using Bot.Discord.Gateway.Sharding;

namespace Bot.Discord;

/// <summary>Configuration of the Discord adapter, bound from the "Discord" section.</summary>
public sealed class DiscordOptions : IValidatableObject
{
    public const string Section = "Discord";

    /// <summary>The bot token from the developer portal (Bot page). Never logged.</summary>
    [Required]
    public string Token { get; set; } = "";

    /// <summary>REST base URL, version included; the gateway URL is asked from <c>{ApiBaseUrl}/gateway/bot</c>.</summary>
    [Required, Url]
    public string ApiBaseUrl { get; set; } = "https://discord.com/api/v10";

    /// <summary>The application id; when empty it is taken from READY.</summary>
    [RegularExpression("^[0-9]{1,20}$")]
    public string? ApplicationId { get; set; }

    /// <summary>Register slash commands in these guilds only (instant); empty registers them globally.</summary>
    public List<string> GuildIds { get; set; } = [];

    /// <summary>Channel ids where a bare link is summarized without a mention; "*" for every channel.</summary>
    public List<string> AutoSummarizeChannels { get; set; } = [];

    /// <summary>Project URL and version for the User-Agent Discord requires.</summary>
    [Required, Url]
    public string UserAgentUrl { get; set; } = "https://github.com/article-bot/article-bot";

    [Required]
    public string UserAgentVersion { get; set; } = "0.1.0";

    /// <summary>Identify properties: <c>browser</c> and <c>device</c>.</summary>
    [Required]
    public string ClientName { get; set; } = "article-bot";

    /// <summary>First reconnect delay; doubles per failed attempt up to <see cref="ReconnectMaxDelay"/>, with jitter.</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ReconnectBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan ReconnectMaxDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Random wait before identifying again after an invalid session (op 9, d:false).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InvalidSessionMinDelay { get; set; } = TimeSpan.FromSeconds(1);

    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan InvalidSessionMaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>IDENTIFY spacing within one bucket (<c>shard_id % max_concurrency</c>); Discord allows one per 5 s.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00")]
    public TimeSpan IdentifyConcurrencyWindow { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Total number of shards of the bot; 0 takes Discord's recommendation from <c>GET /gateway/bot</c>.</summary>
    [Range(0, 65536)]
    public int ShardCount { get; set; }

    /// <summary>The shards this process runs: <c>0-3</c>, <c>0,2,5</c>, or empty for all of them.</summary>
    public string? ShardIds { get; set; }

    /// <summary>Gateway transport compression: <c>zlib-stream</c> or <c>none</c>.</summary>
    [Required]
    public string Compression { get; set; } = GatewayCompression.ZlibStream;

    /// <summary>Requests (messages, commands) answered at the same time.</summary>
    [Range(1, 64)]
    public int MaxConcurrentRequests { get; set; } = 4;

    /// <summary>Global REST cap, requests per second (Discord allows 50).</summary>
    [Range(1, 50)]
    public int GlobalRequestsPerSecond { get; set; } = 50;

    /// <summary>Attempts for one REST request that keeps getting 429.</summary>
    [Range(1, 10)]
    public int MaxRateLimitAttempts { get; set; } = 3;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Token.StartsWith("Bot ", StringComparison.OrdinalIgnoreCase))
            yield return new ValidationResult("Discord:Token must be the raw token, without the 'Bot ' prefix.", [nameof(Token)]);
        if (Token.Any(char.IsWhiteSpace))
            yield return new ValidationResult("Discord:Token must not contain whitespace.", [nameof(Token)]);
        if (InvalidSessionMaxDelay < InvalidSessionMinDelay)
            yield return new ValidationResult("Discord:InvalidSessionMaxDelay must be at least InvalidSessionMinDelay.", [nameof(InvalidSessionMaxDelay)]);
        if (ReconnectMaxDelay < ReconnectBaseDelay)
            yield return new ValidationResult("Discord:ReconnectMaxDelay must be at least ReconnectBaseDelay.", [nameof(ReconnectMaxDelay)]);
        if (!ShardIdList.TryParse(ShardIds, out var shardIds, out var shardError))
            yield return new ValidationResult($"Discord:ShardIds: {shardError}", [nameof(ShardIds)]);
        else if (ShardCount > 0 && shardIds.Where(id => id >= ShardCount).Select(id => (int?)id).FirstOrDefault() is { } tooHigh)
            yield return new ValidationResult(
                $"Discord:ShardIds names shard {tooHigh}, but Discord:ShardCount is {ShardCount} (shard ids run from 0 to {ShardCount - 1}).",
                [nameof(ShardIds)]);
        if (!GatewayCompression.IsKnown(Compression))
            yield return new ValidationResult(
                $"Discord:Compression must be '{GatewayCompression.ZlibStream}' or '{GatewayCompression.None}', not '{Compression}'.", [nameof(Compression)]);
        foreach (var id in GuildIds.Concat(AutoSummarizeChannels.Where(c => c != "*")))
            if (!ulong.TryParse(id, out _))
                yield return new ValidationResult($"Discord: '{id}' is not a snowflake id (GuildIds / AutoSummarizeChannels).", [nameof(GuildIds)]);
    }
}
