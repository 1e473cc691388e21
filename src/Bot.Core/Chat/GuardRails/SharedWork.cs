using System.Collections.Concurrent;

namespace Bot.Core.Chat.GuardRails;

/// <summary>
/// Identical requests in flight share one computation: the second asker awaits the first one's task.
/// The shared work runs on its own token, so one asker giving up does not cancel it for the others.
/// </summary>
public sealed class SharedWork<T>
{
    private readonly ConcurrentDictionary<string, Lazy<Task<T>>> _inFlight = new();

    public Task<T> RunAsync(string key, Func<Task<T>> work, CancellationToken cancellationToken)
    {
        var lazy = _inFlight.GetOrAdd(key, k => new Lazy<Task<T>>(() => RunAndForgetAsync(k, work)));
        return lazy.Value.WaitAsync(cancellationToken);
    }

    /// <summary>How many distinct computations are running now.</summary>
    public int Count => _inFlight.Count;

    private async Task<T> RunAndForgetAsync(string key, Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        finally
        {
            _inFlight.TryRemove(key, out _);
        }
    }
}
