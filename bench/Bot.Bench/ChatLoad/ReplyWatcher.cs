using System.Collections.Concurrent;
using Bot.Testing.Slack;

namespace Bot.Bench.ChatLoad;

/// <summary>Reads every chat.update the fake Slack receives (the final reply replacing the "reading…" placeholder)
/// and completes the waiter of its channel.</summary>
internal sealed class ReplyWatcher : IAsyncDisposable
{
    private readonly FakeSlack _slack;
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ApiCall>> _waiting = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public ReplyWatcher(FakeSlack slack)
    {
        _slack = slack;
        _loop = Task.Run(ReadAsync);
    }

    /// <summary>Register before sending, so a fast reply is not missed.</summary>
    public Task<ApiCall> NextReplyIn(string channel)
    {
        var waiter = new TaskCompletionSource<ApiCall>(TaskCreationOptions.RunContinuationsAsynchronously);
        _waiting[channel] = waiter;
        return waiter.Task;
    }

    private async Task ReadAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            ApiCall update;
            try
            {
                update = await _slack.NextCallAsync("chat.update", TimeSpan.FromSeconds(1));
            }
            catch (OperationCanceledException)
            {
                continue;
            }

            if (_waiting.TryRemove(update.Body.GetProperty("channel").GetString()!, out var waiter))
            {
                waiter.TrySetResult(update);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        _stop.Dispose();
    }
}
