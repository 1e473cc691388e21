namespace Bot.Discord.Gateway.Socket;

/// <summary>What the socket does after a connection ended, as decided by the protocol on top.</summary>
internal sealed record SocketDecision(bool Reconnect, TimeSpan? Delay = null)
{
    /// <summary>Reconnect after the usual backoff.</summary>
    public static SocketDecision Retry { get; } = new(true);

    /// <summary>Reconnect after exactly this wait instead of the backoff.</summary>
    public static SocketDecision RetryAfter(TimeSpan delay) => new(true, delay);

    public static SocketDecision Stop { get; } = new(false);
}
