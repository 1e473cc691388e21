using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Core.Storage.Memory;

/// <summary>
/// Delivered-event ids in this process's memory: when a host registers no store, and while a shared store is
/// unreachable. Ids are kept for a day (Slack's and Discord's redelivery windows); a restart forgets them.
/// </summary>
public sealed class MemoryDeliveredEvents(TimeProvider time) : IDeliveredEvents
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(24);
    private const int PruneAbove = 10_000;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);

    public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_seen.Count > PruneAbove)
        {
            foreach (var (key, at) in _seen)
            {
                if (now - at > Keep)
                {
                    _seen.TryRemove(key, out _);
                }
            }
        }

        return Task.FromResult(_seen.TryAdd($"{platform}:{eventId}", now));
    }
}
