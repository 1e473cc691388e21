using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Prunes at start and then every <c>PruneInterval</c>; a failed round is logged and retried next time.</summary>
internal sealed class StoragePruningService(
    StoragePruner pruner,
    IOptions<StorageOptions> options,
    TimeProvider timeProvider,
    ILogger<StoragePruningService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PruneInterval, timeProvider);
        do
        {
            try
            {
                await pruner.PruneAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(ex, "Pruning the storage failed; trying again in {Interval}", options.Value.PruneInterval);
            }
        }
        while (await NextTickAsync(timer, stoppingToken).ConfigureAwait(false));
    }

    private static async Task<bool> NextTickAsync(PeriodicTimer timer, CancellationToken stoppingToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
