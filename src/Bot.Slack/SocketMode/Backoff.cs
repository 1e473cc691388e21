namespace Bot.Slack.SocketMode;

/// <summary>Capped exponential backoff with "equal jitter": half fixed, half random.</summary>
internal sealed class Backoff(TimeSpan initial, TimeSpan max, Random random)
{
    public static Backoff Default() => new(TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(2), Random.Shared);

    public TimeSpan DelayFor(int failures)
    {
        var exponent = Math.Min(Math.Max(failures - 1, 0), 20);
        var ceiling = Math.Min(max.TotalMilliseconds, initial.TotalMilliseconds * Math.Pow(2, exponent));
        return TimeSpan.FromMilliseconds((ceiling / 2) + (random.NextDouble() * ceiling / 2));
    }
}
