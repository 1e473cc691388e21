namespace Bot.Discord.Gateway.Socket;

/// <summary>
/// The protocol on top of <see cref="ReconnectingWebSocket"/>: it chooses the URL for every attempt,
/// reads the messages, and says whether to reconnect when a connection ends.
/// </summary>
internal interface ISocketProtocol
{
    /// <summary>The URL to connect to now; asked again before every attempt.</summary>
    Task<Uri> GetUriAsync(CancellationToken cancellationToken);

    /// <summary>Called for each complete text message, on the receive loop: must not do slow work.</summary>
    Task OnMessageAsync(WebSocketConnection connection, ReadOnlyMemory<byte> message, CancellationToken cancellationToken);

    /// <summary>Called once per connection when it ended (also when it never opened).</summary>
    SocketDecision OnClosed(SocketClosure closure);
}
