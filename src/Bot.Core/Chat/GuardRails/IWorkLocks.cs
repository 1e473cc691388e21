namespace Bot.Core.Chat.GuardRails;

/// <summary>
/// Takes turns on a piece of work (one link's digest) across every instance of the bot, so two instances never fetch
/// and summarize the same link at once: the second waits for the first to finish, then finds its result in the caches.
/// </summary>
public interface IWorkLocks
{
    /// <summary>Completes when it is this caller's turn; disposing the result ends the turn. A lock whose holder
    /// crashed expires by itself, and a store that cannot be reached gives the turn at once.</summary>
    Task<IAsyncDisposable> WaitTurnAsync(string key, CancellationToken cancellationToken);
}

/// <summary>One instance: identical work is already shared in process (<see cref="SharedWork{T}"/>), so every turn is free.</summary>
public sealed class LocalWorkLocks : IWorkLocks
{
    public Task<IAsyncDisposable> WaitTurnAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult<IAsyncDisposable>(NoTurn.Instance);

    private sealed class NoTurn : IAsyncDisposable
    {
        public static readonly NoTurn Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
