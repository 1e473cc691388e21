using System.Collections.Concurrent;

namespace Bot.Slack.WebApi;

/// <summary>Remembers, per Web API method, until when Slack told us to wait (HTTP 429 Retry-After).</summary>
internal sealed class SlackRateLimitGate(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> blockedUntil = new(StringComparer.Ordinal);

    public void Block(string method, TimeSpan retryAfter)
    {
        var until = time.GetUtcNow() + retryAfter;
        blockedUntil.AddOrUpdate(method, until, (_, existing) => existing > until ? existing : until);
    }

    public TimeSpan RemainingFor(string method) =>
        blockedUntil.TryGetValue(method, out var until) && until > time.GetUtcNow()
            ? until - time.GetUtcNow()
            : TimeSpan.Zero;

    public async Task WaitAsync(string method, CancellationToken cancellationToken)
    {
        for (var remaining = RemainingFor(method); remaining > TimeSpan.Zero; remaining = RemainingFor(method))
        {
            await Task.Delay(remaining, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
