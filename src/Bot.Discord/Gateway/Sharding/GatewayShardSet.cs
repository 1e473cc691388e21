using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway.Sharding;

/// <summary>
/// The shards this process runs, each with its own connection and reconnect loop, feeding one dispatch queue.
/// The queue completes when every shard has stopped.
/// </summary>
internal sealed class GatewayShardSet(ShardPlanner planner, GatewayShardServices services, ILogger<GatewayShardSet> logger)
{
    private readonly Channel<GatewayDispatch> _dispatches =
        Channel.CreateBounded<GatewayDispatch>(new BoundedChannelOptions(1024) { SingleReader = true });

    private volatile IReadOnlyList<DiscordGatewayClient> _shards = [];

    /// <summary>The shards, once planned (empty before).</summary>
    public IReadOnlyList<DiscordGatewayClient> Shards => _shards;

    /// <summary>True once the set has stopped (cancelled, every shard fatally closed, or it could not start).</summary>
    public bool Stopped { get; private set; }

    public ChannelReader<GatewayDispatch> Dispatches => _dispatches.Reader;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await planner.PlanAsync(cancellationToken) is not { } plan)
                return;
            _shards = plan.Ids
                .Select(id => new DiscordGatewayClient(new ShardIdentity(id, plan.Count), services, _dispatches.Writer))
                .ToList();
            logger.LogInformation("Discord gateway: this process runs {ShardPlan}", plan.ToString());
            await Task.WhenAll(_shards.Select(shard => shard.RunAsync(cancellationToken)));
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            Stopped = true;
            _dispatches.Writer.TryComplete();
        }
    }
}
