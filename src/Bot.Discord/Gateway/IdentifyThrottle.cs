using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway;

/// <summary>
/// Keeps IDENTIFY within Discord's limits: waits out an exhausted daily budget (<c>session_start_limit</c>)
/// and spaces identifies by the concurrency window divided by <c>max_concurrency</c>.
/// </summary>
internal sealed class IdentifyThrottle(TimeProvider time, TimeSpan concurrencyWindow, ILogger logger)
{
    private DateTimeOffset? _lastIdentify;

    public async Task WaitTurnAsync(SessionStartLimit? limit, CancellationToken cancellationToken)
    {
        if (limit is { Remaining: <= 0 })
        {
            var wait = TimeSpan.FromMilliseconds(limit.ResetAfter);
            logger.LogWarning("Discord identify budget is used up ({Total} per day); waiting {Wait} before identifying", limit.Total, wait);
            await Task.Delay(wait, time, cancellationToken);
        }

        if (_lastIdentify is { } last)
        {
            var spacing = concurrencyWindow / Math.Max(1, limit?.MaxConcurrency ?? 1);
            var due = last + spacing - time.GetUtcNow();
            if (due > TimeSpan.Zero)
                await Task.Delay(due, time, cancellationToken);
        }
        _lastIdentify = time.GetUtcNow();
    }
}
