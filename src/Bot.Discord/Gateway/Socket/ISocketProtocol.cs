namespace Bot.Discord.Gateway.Socket;

/// <summary>
/// The protocol on top of <see cref="ReconnectingWebSocket"/>: it chooses the URL for every attempt,
/// reads the messages, and says whether to reconnect when a connection ends.
/// </summary>
internal interface ISocketProtocol
{
    /// <summary>The URL to connect to now; asked again before every attempt.</summary>
    Task<Uri> GetUriAsync(CancellationToken cancellationToken);

    /// <summary>Called when a connection opened, before its first message: per-connection state starts here.</summary>
    void OnOpened(WebSocketConnection connection);

    /// <summary>Called for each complete message, on the receive loop: must not do slow work.</summary>
    Task OnMessageAsync(WebSocketConnection connection, ReceivedMessage message, CancellationToken cancellationToken);

    /// <summary>Called once per connection when it ended (also when it never opened).</summary>
    SocketDecision OnClosed(SocketClosure closure);
}
