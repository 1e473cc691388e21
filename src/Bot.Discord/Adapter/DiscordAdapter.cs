using Bot.Discord.Gateway.Sharding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Adapter;

/// <summary>
/// The Discord adapter: keeps this process's shards connected and, on one separate worker, routes each dispatch
/// to its handler. No gateway receive loop ever waits on request work.
/// </summary>
internal sealed class DiscordAdapter(
    GatewayShardSet gateway,
    IEnumerable<IDispatchHandler> handlers,
    RequestRunner runner,
    ILogger<DiscordAdapter> logger) : BackgroundService
{
    private readonly Dictionary<string, IDispatchHandler> _handlers = handlers.ToDictionary(h => h.EventType);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var connection = gateway.RunAsync(stoppingToken);
        var worker = ProcessDispatchesAsync(stoppingToken);
        await connection;
        await worker;
        await runner.DrainAsync();
        logger.LogInformation("Discord adapter stopped");
    }

    private async Task ProcessDispatchesAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await foreach (var dispatch in gateway.Dispatches.ReadAllAsync(CancellationToken.None))
        {
            if (!_handlers.TryGetValue(dispatch.Type, out var handler))
                continue;
            try
            {
                // A dispatch that arrived before shutdown is handled (its user expects an answer); the queue ends
                // when the connection closes, and the host's shutdown timeout bounds the rest.
                await handler.HandleAsync(dispatch.Data, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Discord {EventType} dispatch could not be handled", dispatch.Type);
            }
        }
    }
}
