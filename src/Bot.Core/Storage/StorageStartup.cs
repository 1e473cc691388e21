using Microsoft.Extensions.Hosting;

namespace Bot.Core.Storage;

/// <summary>Runs the store's checks before any hosted service starts, so a bad file or server setting stops the host
/// with one clear message instead of failing inside the first chat reply.</summary>
internal sealed class StorageStartup(IEnumerable<IStorageStartupCheck> checks) : IHostedLifecycleService
{
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        foreach (var check in checks)
        {
            await check.CheckAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
