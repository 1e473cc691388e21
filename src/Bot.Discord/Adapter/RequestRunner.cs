using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Adapter;

/// <summary>
/// Runs slow request work (fetching, summarizing, replying) off the dispatch worker, a few at a time,
/// and waits for what is still running or waiting when the adapter stops.
/// </summary>
internal sealed class RequestRunner(IOptions<DiscordOptions> options, ILogger<RequestRunner> logger) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.Value.MaxConcurrentRequests);
    private readonly ConcurrentDictionary<Task, byte> _running = new();

    public void Start(string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        var task = RunAsync(what, work, cancellationToken);
        _running.TryAdd(task, 0);
        _ = task.ContinueWith(t => _running.TryRemove(t, out _), TaskScheduler.Default);
    }

    public Task DrainAsync() => Task.WhenAll(_running.Keys);

    private async Task RunAsync(string what, Func<CancellationToken, Task> work, CancellationToken cancellationToken)
    {
        await Task.Yield();
        try
        {
            // Work handed in here was already recorded as delivered: it waits for a slot even during shutdown,
            // or its user would never get an answer. The host's shutdown timeout bounds the wait.
            await _slots.WaitAsync(CancellationToken.None);
            try
            {
                await work(cancellationToken);
            }
            finally
            {
                _slots.Release();
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Discord {Work} failed", what);
        }
    }

    public void Dispose() => _slots.Dispose();
}
