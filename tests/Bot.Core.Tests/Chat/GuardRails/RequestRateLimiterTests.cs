using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Chat.GuardRails;

public sealed class RequestRateLimiterTests
{
    private static readonly Conversation General = new("slack", "C1");
    private static readonly Conversation Random = new("slack", "C2");

    [Fact]
    public void A_user_gets_their_budget_then_waits_for_a_refill()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time, userPerMinute: 3, channelPerMinute: 100);

        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.False(limiter.TryAdmit(General, "U1", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(20), retryAfter);

        time.Advance(TimeSpan.FromSeconds(19));
        Assert.False(limiter.TryAdmit(General, "U1", out retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(1), retryAfter);
        time.Advance(TimeSpan.FromSeconds(1));
        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.False(limiter.TryAdmit(General, "U1", out _));

        time.Advance(TimeSpan.FromMinutes(10));
        for (var i = 0; i < 3; i++)
        {
            Assert.True(limiter.TryAdmit(General, "U1", out _));
        }
        Assert.False(limiter.TryAdmit(General, "U1", out _));
    }

    [Fact]
    public void Users_have_separate_budgets_but_share_the_channel_budget()
    {
        var time = new FakeTimeProvider();
        using var limiter = Limiter(time, userPerMinute: 1, channelPerMinute: 2);

        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.False(limiter.TryAdmit(General, "U1", out _));
        Assert.True(limiter.TryAdmit(General, "U2", out _));
        Assert.False(limiter.TryAdmit(General, "U3", out var retryAfter));
        Assert.Equal(TimeSpan.FromSeconds(30), retryAfter);

        Assert.True(limiter.TryAdmit(Random, "U3", out _), "a refusal by the channel must not spend the user's budget");
    }

    [Fact]
    public void The_same_ids_on_another_platform_are_someone_else()
    {
        using var limiter = Limiter(new FakeTimeProvider(), userPerMinute: 1, channelPerMinute: 1);

        Assert.True(limiter.TryAdmit(General, "U1", out _));
        Assert.True(limiter.TryAdmit(General with { Platform = "discord" }, "U1", out _));
    }

    private static RequestRateLimiter Limiter(TimeProvider time, int userPerMinute, int channelPerMinute) =>
        new(Options.Create(new ChatOptions { UserRequestsPerMinute = userPerMinute, ChannelRequestsPerMinute = channelPerMinute }), time);
}
