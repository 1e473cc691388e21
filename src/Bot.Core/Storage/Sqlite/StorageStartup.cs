using Microsoft.Extensions.Hosting;

namespace Bot.Core.Storage.Sqlite;

/// <summary>Checks and migrates the database before any hosted service starts, so a bad file stops the host
/// with one clear message instead of failing inside the first chat reply.</summary>
internal sealed class StorageStartup(BotDatabase database) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => database.InitializeAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
