namespace Bot.Core.Chat;

/// <summary>Remembers which chat events were handled, so a redelivery or a replay after a reconnect is not answered twice.</summary>
public interface IDeliveredEvents
{
    /// <summary>Records the event; false when it was already recorded (the caller should then drop it).</summary>
    Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken);
}
