using Bot.Discord.Rest;

namespace Bot.Discord.Gateway;

/// <summary>
/// <c>GET /gateway/bot</c> for every shard: shards that ask at the same time (a start-up, an outage) share one request;
/// the next question after it answered asks Discord again, so the recommendation and the budget stay fresh.
/// </summary>
internal sealed class GatewayBotInfoSource(DiscordRestClient rest)
{
    private readonly Lock _lock = new();
    private Task<GatewayBotInfo>? _inFlight;

    public Task<GatewayBotInfo> GetAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_inFlight is null)
            {
                _inFlight = FetchAsync();
            }
            return _inFlight.WaitAsync(cancellationToken);
        }
    }

    private async Task<GatewayBotInfo> FetchAsync()
    {
        try
        {
            await Task.Yield();
            // Not tied to one caller's token: the others share this request.
            return await rest.GetGatewayBotAsync(CancellationToken.None);
        }
        finally
        {
            lock (_lock)
                _inFlight = null;
        }
    }
}
