namespace Bot.Slack.WebApi;

/// <summary>
/// Paces chat.postMessage to Slack's "about one message per second per channel, short bursts allowed": a token
/// bucket per channel that callers may overdraw. Whoever overdraws waits until their token would have refilled, so
/// posts queued for a busy channel leave in order, one per interval, instead of meeting a 429.
/// </summary>
internal sealed class ChannelPacer(TimeProvider time, TimeSpan interval, int burst)
{
    /// <summary>Beyond this many remembered channels, those whose bucket has refilled are forgotten.</summary>
    private const int PruneAbove = 1024;

    private readonly Dictionary<string, Bucket> buckets = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Completes when a message may be posted to <paramref name="channel"/>.</summary>
    public Task WaitTurnAsync(string channel, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (gate)
        {
            var now = time.GetTimestamp();
            var tokens = TokensAt(buckets.GetValueOrDefault(channel, new Bucket(burst, now)), now) - 1;
            buckets[channel] = new Bucket(tokens, now);
            wait = tokens >= 0 ? TimeSpan.Zero : interval * -tokens;
            if (buckets.Count > PruneAbove)
            {
                Prune(now);
            }
        }
        return wait > TimeSpan.Zero ? Task.Delay(wait, time, cancellationToken) : Task.CompletedTask;
    }

    private double TokensAt(Bucket bucket, long now) =>
        Math.Min(burst, bucket.Tokens + time.GetElapsedTime(bucket.UpdatedAt, now) / interval);

    private void Prune(long now)
    {
        foreach (var (channel, bucket) in buckets.ToList())
        {
            if (TokensAt(bucket, now) >= burst)
            {
                buckets.Remove(channel);
            }
        }
    }

    private readonly record struct Bucket(double Tokens, long UpdatedAt);
}
