namespace Bot.Discord.RateLimits;

/// <summary>One Discord rate-limit bucket: requests through it are serialized and wait while it is exhausted.</summary>
internal sealed class RateLimitBucket(string key, TimeProvider time)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private int? _remaining;
    private DateTimeOffset _resetAt = DateTimeOffset.MinValue;

    /// <summary>The bucket id (or, until Discord names one, the route) and the top-level resource id.</summary>
    public string Key { get; } = key;

    /// <summary>Waits for this bucket's turn and for its window when it has no requests left; dispose to leave.</summary>
    public async Task<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var wait = _remaining is 0 ? _resetAt - time.GetUtcNow() : TimeSpan.Zero;
            if (wait > TimeSpan.Zero)
                await Task.Delay(wait, time, cancellationToken);
            return new Turn(_gate);
        }
        catch
        {
            _gate.Release();
            throw;
        }
    }

    public void Update(RateLimitInfo info)
    {
        if (info.Remaining is { } remaining)
            _remaining = remaining;
        if (info.ResetAfter is { } resetAfter)
            _resetAt = time.GetUtcNow() + resetAfter;
    }

    /// <summary>A per-route 429: nothing may pass before <paramref name="retryAfter"/> has elapsed.</summary>
    public void PauseFor(TimeSpan retryAfter)
    {
        _remaining = 0;
        _resetAt = time.GetUtcNow() + retryAfter;
    }

    private sealed class Turn(SemaphoreSlim gate) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                gate.Release();
        }
    }
}
