using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Discord.Tests.Fakes;

public sealed class InMemoryDeliveredEvents : IDeliveredEvents
{
    private readonly ConcurrentDictionary<(string, string), byte> _seen = new();

    public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        Task.FromResult(_seen.TryAdd((platform, eventId), 0));
}
