using Bot.Slack.WebApi;
using Bot.Testing.Slack;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Slack.Tests;

public sealed class WebApiTests
{
    private static SlackApiClient Client(FakeSlack slack, TimeProvider time) => new(
        new HttpClient { BaseAddress = new Uri(slack.ApiBase) },
        Options.Create(new SlackOptions { AppToken = SlackHarness.AppToken, BotToken = SlackHarness.BotToken }),
        new SlackRateLimitGate(time),
        new ChannelPacer(time, TimeSpan.FromSeconds(1), burst: 2),
        NullLogger<SlackApiClient>.Instance);

    [Fact]
    public async Task Posts_to_one_channel_are_paced_after_a_short_burst_while_other_channels_go_at_once()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var slack = await FakeSlack.StartAsync(time);
        var client = Client(slack, time);
        Task<MessageResponse> Post(string channel) =>
            client.PostMessageAsync(new PostMessageRequest(channel, "hi", null), CancellationToken.None);

        await Post("C1").WaitAsync(TimeSpan.FromSeconds(5));
        await Post("C1").WaitAsync(TimeSpan.FromSeconds(5));
        var third = Post("C1");
        var fourth = Post("C1");
        await Post("C2").WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.False(third.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await third.WaitAsync(TimeSpan.FromSeconds(5));
        await Task.Delay(100);
        Assert.False(fourth.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1));
        await fourth.WaitAsync(TimeSpan.FromSeconds(5));
        var toC1 = slack.CallsTo("chat.postMessage").Where(c => c.Body.GetProperty("channel").GetString() == "C1").ToList();
        Assert.Equal(4, toC1.Count);
        Assert.True(toC1[3].At - toC1[0].At >= TimeSpan.FromSeconds(2), $"four posts within {(toC1[3].At - toC1[0].At).TotalSeconds}s");
    }

    [Fact]
    public async Task Http_429_waits_retry_after_for_that_method_then_posts_once()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var slack = await FakeSlack.StartAsync(time);
        slack.Script("chat.postMessage", 429, """{"ok":false,"error":"ratelimited"}""", retryAfterSeconds: 7);
        var client = Client(slack, time);

        var posting = client.PostMessageAsync(new PostMessageRequest("C1", "hi", null), CancellationToken.None);
        await slack.NextCallAsync("chat.postMessage");

        // Another method is not held up by chat.postMessage's limit.
        await client.UpdateMessageAsync(new UpdateMessageRequest("C1", "1.1", "x", []), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(posting.IsCompleted);

        for (var i = 0; i < 30 && !posting.IsCompleted; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(posting, Task.Delay(50));
        }

        var result = await posting.WaitAsync(TimeSpan.FromSeconds(5));
        var posts = slack.CallsTo("chat.postMessage");
        Assert.Equal(2, posts.Count);
        Assert.True(posts[1].At - posts[0].At >= TimeSpan.FromSeconds(7), $"retried after {(posts[1].At - posts[0].At).TotalSeconds}s");
        Assert.Equal("2000000000.000001", result.Ts);
    }

    [Fact]
    public async Task Ok_false_becomes_a_typed_exception_with_the_error_code()
    {
        await using var slack = await FakeSlack.StartAsync();
        slack.Script("chat.postMessage", 200, """{"ok":false,"error":"not_in_channel"}""");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            Client(slack, TimeProvider.System).PostMessageAsync(new PostMessageRequest("C1", "hi", null), CancellationToken.None));

        Assert.Equal("not_in_channel", error.Error);
        Assert.Equal("chat.postMessage", error.Method);
        Assert.False(error.IsFatal);
    }

    [Fact]
    public async Task Connections_open_uses_the_app_token_and_invalid_auth_is_fatal()
    {
        await using var slack = await FakeSlack.StartAsync();
        var client = Client(slack, TimeProvider.System);

        var url = await client.OpenConnectionAsync(CancellationToken.None);
        Assert.Equal("ws", url.Scheme);
        Assert.Equal("Bearer " + SlackHarness.AppToken, Assert.Single(slack.CallsTo("apps.connections.open")).Authorization);

        slack.Script("apps.connections.open", 200, """{"ok":false,"error":"invalid_auth"}""");
        var error = await Assert.ThrowsAsync<SlackApiException>(() => client.OpenConnectionAsync(CancellationToken.None));
        Assert.True(error.IsFatal);
    }
}
