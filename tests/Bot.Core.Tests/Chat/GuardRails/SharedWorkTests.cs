using Bot.Core.Chat.GuardRails;

namespace Bot.Core.Tests.Chat.GuardRails;

public sealed class SharedWorkTests
{
    [Fact]
    public async Task Identical_requests_in_flight_share_one_computation()
    {
        var shared = new SharedWork<int>();
        var release = new TaskCompletionSource();
        var runs = 0;
        async Task<int> Work()
        {
            Interlocked.Increment(ref runs);
            await release.Task;
            return 42;
        }

        var first = shared.RunAsync("a", Work, CancellationToken.None);
        var second = shared.RunAsync("a", Work, CancellationToken.None);
        var other = shared.RunAsync("b", Work, CancellationToken.None);
        release.SetResult();

        var results = await Task.WhenAll(first, second, other);
        Assert.Equal([42, 42, 42], results);
        Assert.Equal(2, runs);
        Assert.Equal(0, shared.Count);
    }

    [Fact]
    public async Task One_asker_giving_up_does_not_cancel_the_work_for_the_others()
    {
        var shared = new SharedWork<string>();
        var release = new TaskCompletionSource();
        using var impatient = new CancellationTokenSource();

        var first = shared.RunAsync("a", async () => { await release.Task; return "done"; }, impatient.Token);
        var second = shared.RunAsync("a", () => Task.FromResult("not run"), CancellationToken.None);
        await impatient.CancelAsync();
        release.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        Assert.Equal("done", await second);
    }

    [Fact]
    public async Task A_failure_is_shared_and_then_forgotten()
    {
        var shared = new SharedWork<int>();

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => shared.RunAsync("a", () => Task.FromException<int>(new InvalidOperationException()), CancellationToken.None));

        Assert.Equal(7, await shared.RunAsync("a", () => Task.FromResult(7), CancellationToken.None));
    }
}
