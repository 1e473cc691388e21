using System.Threading.RateLimiting;

namespace Bot.Discord.RateLimits;

/// <summary>
/// The bot-wide limits: at most N requests per second (a token bucket refilled on the injected clock)
/// and a full pause after a global 429.
/// </summary>
internal sealed class GlobalRateLimit : IDisposable
{
    private readonly TimeProvider _time;
    private readonly TokenBucketRateLimiter _limiter;
    private readonly ITimer _refill;
    private long _pausedUntilTicks;

    public GlobalRateLimit(int requestsPerSecond, TimeProvider time)
    {
        _time = time;
        _limiter = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = requestsPerSecond,
            TokensPerPeriod = requestsPerSecond,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1),
            AutoReplenishment = false,
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        _refill = time.CreateTimer(_ => _limiter.TryReplenish(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));
    }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var pause = new DateTimeOffset(Interlocked.Read(ref _pausedUntilTicks), TimeSpan.Zero) - _time.GetUtcNow();
        if (pause > TimeSpan.Zero)
            await Task.Delay(pause, _time, cancellationToken);
        using var lease = await _limiter.AcquireAsync(1, cancellationToken);
    }

    public void PauseFor(TimeSpan retryAfter)
    {
        var until = (_time.GetUtcNow() + retryAfter).UtcTicks;
        long current;
        do
        {
            current = Interlocked.Read(ref _pausedUntilTicks);
            if (current >= until)
                return;
        }
        while (Interlocked.CompareExchange(ref _pausedUntilTicks, until, current) != current);
    }

    public void Dispose()
    {
        _refill.Dispose();
        _limiter.Dispose();
    }
}
