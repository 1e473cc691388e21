using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Slack.Events;

/// <summary>
/// Fallback <see cref="IDeliveredEvents"/> when the host registers none: remembers ids for a day in memory
/// (covers Slack's retry window; a restart forgets).
/// </summary>
internal sealed class InMemoryDeliveredEvents(TimeProvider time) : IDeliveredEvents
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(24);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> seen = new(StringComparer.Ordinal);

    public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (seen.Count > PruneAbove)
        {
            foreach (var (key, at) in seen)
            {
                if (now - at > Keep)
                {
                    seen.TryRemove(key, out _);
                }
            }
        }

        return Task.FromResult(seen.TryAdd($"{platform}:{eventId}", now));
    }
}
