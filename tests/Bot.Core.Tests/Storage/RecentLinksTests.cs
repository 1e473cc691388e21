using Bot.Core.Chat;

namespace Bot.Core.Tests.Storage;

public sealed class RecentLinksTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly Conversation Channel = new("slack", "C1");
    private static readonly Conversation Thread = Channel with { ThreadId = "1700000000.000100" };

    private readonly TempDatabase _db = new(o => o.RecentLinksPerConversation = 3);

    public void Dispose() => _db.Dispose();

    private async Task Post(Conversation where, string url)
    {
        await _db.RecentLinks().RecordAsync(where, url, None);
        _db.Time.Advance(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Nothing_posted_gives_null()
    {
        Assert.Null(await _db.RecentLinks().GetLatestAsync(Channel, None));
        Assert.Null(await _db.RecentLinks().GetLatestAsync(Thread, None));
    }

    [Fact]
    public async Task Latest_link_of_the_channel()
    {
        await Post(Channel, "https://example.org/1");
        await Post(Channel, "https://example.org/2");

        Assert.Equal("https://example.org/2", await _db.RecentLinks().GetLatestAsync(Channel, None));
    }

    [Fact]
    public async Task Thread_first_then_channel()
    {
        await Post(Channel, "https://example.org/channel-old");
        await Post(Thread, "https://example.org/thread");
        await Post(Channel, "https://example.org/channel-new");
        var links = _db.RecentLinks();

        Assert.Equal("https://example.org/thread", await links.GetLatestAsync(Thread, None));
        Assert.Equal("https://example.org/channel-new", await links.GetLatestAsync(Channel, None));
        Assert.Equal("https://example.org/channel-new", await links.GetLatestAsync(Channel with { ThreadId = "other" }, None));
    }

    [Fact]
    public async Task A_link_posted_in_one_thread_is_the_channel_latest_for_another()
    {
        // Slack: a top-level message is the root of its own thread (thread_ts = ts).
        await Post(Channel with { ThreadId = "1700000000.000100" }, "https://example.org/posted");

        var latest = await _db.RecentLinks().GetLatestAsync(Channel with { ThreadId = "1700000000.000200" }, None);

        Assert.Equal("https://example.org/posted", latest);
    }

    [Fact]
    public async Task Conversations_on_other_platforms_and_channels_are_separate()
    {
        await Post(Channel, "https://example.org/slack");

        Assert.Null(await _db.RecentLinks().GetLatestAsync(new Conversation("discord", "C1"), None));
        Assert.Null(await _db.RecentLinks().GetLatestAsync(new Conversation("slack", "C2"), None));
    }

    [Fact]
    public async Task Same_time_posts_keep_their_order()
    {
        var links = _db.RecentLinks();
        await links.RecordAsync(Channel, "https://example.org/first", None);
        await links.RecordAsync(Channel, "https://example.org/second", None);

        Assert.Equal("https://example.org/second", await links.GetLatestAsync(Channel, None));
    }

    [Fact]
    public async Task Posting_a_link_again_makes_it_the_latest_without_a_duplicate_row()
    {
        await Post(Channel, "https://example.org/a");
        await Post(Channel, "https://example.org/b");
        await Post(Channel, "https://example.org/a");

        Assert.Equal("https://example.org/a", await _db.RecentLinks().GetLatestAsync(Channel, None));
        Assert.Equal(2L, _db.Count("recent_links"));
    }

    [Fact]
    public async Task Each_conversation_is_trimmed_to_the_configured_count()
    {
        for (var i = 1; i <= 5; i++)
        {
            await Post(Channel, $"https://example.org/c{i}");
            await Post(Thread, $"https://example.org/t{i}");
        }

        Assert.Equal(6L, _db.Count("recent_links"));
        Assert.Equal("https://example.org/c3", _db.Scalar("SELECT url FROM recent_links WHERE thread_id = '' ORDER BY posted_at LIMIT 1;"));
        Assert.Equal("https://example.org/t5", await _db.RecentLinks().GetLatestAsync(Thread, None));
    }
}
