using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway.Identify;

/// <summary>
/// The daily IDENTIFY budget (<c>session_start_limit</c>): counts down from Discord's last answer and, when it is
/// spent, holds every shard until <c>reset_after</c> with one log line, instead of burning identifies.
/// </summary>
internal sealed class SessionStartBudget(TimeProvider time, ILogger<SessionStartBudget> logger)
{
    private readonly Lock _lock = new();
    private SessionStartLimit? _observed;
    private int _remaining = int.MaxValue;
    private int _total;
    private DateTimeOffset _resetAt;
    private bool _announced;

    /// <summary>Takes one session start, waiting for the reset first when none is left.</summary>
    public async Task TakeAsync(SessionStartLimit? latest, CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                Observe(latest);
                var now = time.GetUtcNow();
                if (_remaining <= 0 && now >= _resetAt)
                {
                    _remaining = _total;
                    _announced = false;
                }
                if (_remaining > 0)
                {
                    _remaining--;
                    return;
                }
                wait = _resetAt - now;
                if (!_announced)
                {
                    _announced = true;
                    logger.LogWarning(
                        "Discord's identify budget is spent ({Total} session starts per day); shards wait {Wait} for it to reset instead of identifying",
                        _total, wait);
                }
            }
            await Task.Delay(wait, time, cancellationToken);
        }
    }

    /// <summary>A fresh answer from Discord replaces the local count (it already includes this process's identifies).</summary>
    private void Observe(SessionStartLimit? latest)
    {
        if (latest is null || ReferenceEquals(latest, _observed))
            return;
        _observed = latest;
        _remaining = latest.Remaining;
        _total = latest.Total;
        _resetAt = time.GetUtcNow() + TimeSpan.FromMilliseconds(latest.ResetAfter);
    }
}
