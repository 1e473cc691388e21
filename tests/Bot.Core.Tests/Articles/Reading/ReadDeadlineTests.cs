using Bot.Core.Articles;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Articles.Reading;

public sealed class ReadDeadlineTests
{
    private readonly FakeTimeProvider time = new();

    [Fact]
    public async Task A_read_past_the_deadline_is_stopped_and_says_the_page_took_too_long()
    {
        var deadline = TestDeadline.Of(TimeSpan.FromSeconds(20), time);
        var read = deadline.RunAsync("https://example.org/slow", async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        }, CancellationToken.None);

        time.Advance(TimeSpan.FromSeconds(19));
        Assert.False(read.IsCompleted);
        time.Advance(TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<ArticleException>(() => read);
        Assert.Equal(ArticleErrorKind.Timeout, error.Kind);
        Assert.Equal("That page took too long to read.", error.Message);
    }

    [Fact]
    public async Task The_callers_own_cancellation_stays_a_cancellation()
    {
        var deadline = TestDeadline.Of(TimeSpan.FromSeconds(20), time);
        using var stop = new CancellationTokenSource();
        var read = deadline.RunAsync("https://example.org/slow", async token =>
        {
            await Task.Delay(Timeout.Infinite, token);
            return 0;
        }, stop.Token);

        await stop.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => read);
    }
}
