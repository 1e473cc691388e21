using Bot.Core.Chat;
using Bot.Core.Chat.GuardRails;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Chat.GuardRails;

public sealed class WorkGateTests
{
    [Fact]
    public async Task Past_the_running_and_queued_limits_the_gate_says_busy()
    {
        using var gate = new WorkGate(Options.Create(new ChatOptions { MaxConcurrentWork = 1, MaxQueuedWork = 1 }));

        var running = await gate.EnterAsync(CancellationToken.None);
        Assert.NotNull(running);
        var queued = gate.EnterAsync(CancellationToken.None);
        Assert.False(queued.IsCompleted);

        Assert.Null(await gate.EnterAsync(CancellationToken.None));

        running!.Dispose();
        using var next = await queued.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.NotNull(next);
    }
}
