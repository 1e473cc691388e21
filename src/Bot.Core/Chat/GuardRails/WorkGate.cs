using System.Threading.RateLimiting;
using Bot.Core.Diagnostics;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat.GuardRails;

/// <summary>
/// Bounds how many articles are fetched and summarized at once, with a bounded queue behind it.
/// Past the queue the caller is told to come back later instead of waiting without end.
/// </summary>
public sealed class WorkGate : IDisposable
{
    private readonly ConcurrencyLimiter _limiter;

    public WorkGate(IOptions<ChatOptions> options, BotMetrics? metrics = null)
    {
        _limiter = new ConcurrencyLimiter(new ConcurrencyLimiterOptions
        {
            PermitLimit = options.Value.MaxConcurrentWork,
            QueueLimit = options.Value.MaxQueuedWork,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
        });
        var slots = options.Value.MaxConcurrentWork;
        metrics?.Meter.CreateObservableGauge(
            "articlebot.work.queued", () => _limiter.GetStatistics()?.CurrentQueuedCount ?? 0, "{request}", "Requests waiting for a work slot");
        metrics?.Meter.CreateObservableGauge(
            "articlebot.work.active", () => slots - (_limiter.GetStatistics()?.CurrentAvailablePermits ?? slots), "{request}", "Articles being fetched and summarized now");
    }

    /// <summary>A lease to hold while working, or null when the bot is too busy to queue more.</summary>
    public async Task<IDisposable?> EnterAsync(CancellationToken cancellationToken)
    {
        var lease = await _limiter.AcquireAsync(1, cancellationToken);
        if (lease.IsAcquired)
        {
            return lease;
        }
        lease.Dispose();
        return null;
    }

    public void Dispose() => _limiter.Dispose();
}
