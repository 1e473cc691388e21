namespace Bot.Discord.Gateway.Socket;

/// <summary>Capped exponential backoff with jitter: attempt 0 waits [0, base), attempt n about base·2ⁿ (±50 %), at most max.</summary>
internal sealed class ReconnectBackoff(TimeSpan baseDelay, TimeSpan maxDelay, Func<double> random)
{
    private int _attempt;

    public TimeSpan Next()
    {
        var attempt = _attempt++;
        if (attempt == 0)
            return baseDelay * random();
        var exponential = baseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, maxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds(capped * (0.5 + random() / 2));
    }

    public void Reset() => _attempt = 0;
}
