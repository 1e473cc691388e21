using Bot.Core.Chat;
using Bot.Core.Storage;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis;

/// <summary>Every key the bot writes, built in one place from <c>Storage:KeyPrefix</c>.</summary>
internal sealed class RedisKeys(IOptions<RedisStorageOptions> options)
{
    private readonly string _prefix = options.Value.KeyPrefix;

    public RedisKey Article(string url) => Key("article:", UrlKey.Normalize(url));

    /// <summary>A URL an article was asked for under, pointing at the article's own (canonical) key.</summary>
    public RedisKey ArticleAlias(string url) => Key("article-alias:", UrlKey.Normalize(url));

    public RedisKey Summary(SummaryCacheKey key) => Key(
        "summary:",
        $"{key.Length}|{key.Language?.Trim().ToLowerInvariant()}|{key.SummarizerId}|{UrlKey.Normalize(key.ArticleUrl)}");

    /// <summary>The links of one conversation, newest first (a channel's top level has an empty thread).</summary>
    public RedisKey RecentLinks(Conversation conversation) =>
        Key("links:", $"{conversation.Platform}|{conversation.ChannelId}|{conversation.ThreadId}");

    /// <summary>The latest link posted anywhere in a channel, threads included.</summary>
    public RedisKey LatestInChannel(Conversation conversation) =>
        Key("links-latest:", $"{conversation.Platform}|{conversation.ChannelId}");

    public RedisKey DeliveredEvent(string platform, string eventId) => Key("event:", $"{platform}|{eventId}");

    public RedisKey UserBucket(string platform, string userId) => Key("rate-user:", $"{platform}|{userId}");

    public RedisKey ChannelBucket(string platform, string channelId) => Key("rate-channel:", $"{platform}|{channelId}");

    public RedisKey WorkLock(string work) => Key("lock:", work);

    /// <summary>A Discord identify bucket (<c>shard_id % max_concurrency</c>) of the bot's token.</summary>
    public RedisKey IdentifyBucket(int bucket) => Key("identify:", bucket.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The bot token's REST requests of the last second (a sliding window).</summary>
    public RedisKey RestGlobalBudget() => Key("discord-rest-global", "");

    /// <summary>Present while every process waits out a global 429.</summary>
    public RedisKey RestGlobalPause() => Key("discord-rest-pause", "");

    /// <summary>A REST bucket (bucket id or route, and the top-level resource id): its remaining requests until it resets.</summary>
    public RedisKey RestBucket(string bucket) => Key("discord-rest-bucket:", bucket);

    /// <summary>The bucket id Discord named for each REST route.</summary>
    public RedisKey RestRouteBuckets() => Key("discord-rest-routes", "");

    private RedisKey Key(string kind, string rest) => new(_prefix + kind + rest);
}
