using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Core.Storage.Memory;
using Bot.Redis.Connection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace Bot.Redis.Events;

/// <summary>Handled event ids as keys set only if absent (one atomic step), so of all instances exactly one answers an
/// event; they expire after <c>Storage:EventRetention</c>. Out of reach: this instance's memory.</summary>
internal sealed class RedisDeliveredEvents(
    RedisConnection connection,
    RedisKeys keys,
    IOptions<StorageOptions> options,
    MemoryDeliveredEvents fallback,
    ILogger<RedisDeliveredEvents> logger) : IDeliveredEvents
{
    public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken) =>
        connection.RunAsync(
            database => database.StringSetAsync(
                keys.DeliveredEvent(platform, eventId), Environment.MachineName, options.Value.EventRetention, When.NotExists),
            () => fallback.TryRecordAsync(platform, eventId, cancellationToken),
            logger);
}
