namespace Bot.Discord.Gateway.Socket;

/// <summary>How a connection ended: the peer's close code (null for a drop) or the error that broke it.</summary>
internal sealed record SocketClosure(int? CloseCode, string? Reason, Exception? Error)
{
    public override string ToString() =>
        CloseCode is { } code ? $"close {code} ({Reason})" : $"drop ({Error?.GetType().Name ?? "no close frame"})";
}
