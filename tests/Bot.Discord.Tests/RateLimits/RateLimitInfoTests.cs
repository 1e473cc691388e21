using Bot.Discord.RateLimits;

namespace Bot.Discord.Tests.RateLimits;

public sealed class RateLimitInfoTests
{
    [Fact]
    public void Parses_discord_rate_limit_headers()
    {
        using var response = new HttpResponseMessage();
        response.Headers.Add("X-RateLimit-Limit", "5");
        response.Headers.Add("X-RateLimit-Remaining", "0");
        response.Headers.Add("X-RateLimit-Reset-After", "1.250");
        response.Headers.Add("X-RateLimit-Bucket", "abcd1234");
        response.Headers.Add("X-RateLimit-Global", "true");
        response.Headers.Add("X-RateLimit-Scope", "global");

        var info = RateLimitInfo.From(response.Headers);

        Assert.Equal(new RateLimitInfo(5, 0, TimeSpan.FromSeconds(1.25), "abcd1234", true, "global", null), info);
    }

    [Fact]
    public void Routes_learn_the_server_bucket_and_share_it_per_top_level_resource()
    {
        var buckets = new RateLimitBuckets(TimeProvider.System);
        var first = buckets.For("POST channels/{channel_id}/messages", "1");
        var info = new RateLimitInfo(5, 4, TimeSpan.FromSeconds(5), "shared-bucket", false, null, null);

        var (learned, isNew) = buckets.Learn("POST channels/{channel_id}/messages", "1", first, info);
        var (_, againNew) = buckets.Learn("POST channels/{channel_id}/messages", "1", learned, info);
        buckets.Learn("PATCH channels/{channel_id}/messages/{message_id}", "1", buckets.For("PATCH channels/{channel_id}/messages/{message_id}", "1"), info);

        Assert.Same(learned, buckets.For("POST channels/{channel_id}/messages", "1"));
        Assert.Same(learned, buckets.For("PATCH channels/{channel_id}/messages/{message_id}", "1"));
        Assert.NotSame(learned, buckets.For("POST channels/{channel_id}/messages", "2"));
        Assert.Equal("shared-bucket:1", learned.Key);
        Assert.True(isNew);
        Assert.False(againNew);
    }
}
