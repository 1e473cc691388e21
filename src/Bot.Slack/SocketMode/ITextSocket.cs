namespace Bot.Slack.SocketMode;

/// <summary>A connected WebSocket that exchanges whole UTF-8 text messages: the seam under the Socket Mode protocol.</summary>
internal interface ITextSocket : IAsyncDisposable
{
    /// <summary>The next whole text message, or null once the peer closed or the socket dropped.</summary>
    Task<string?> ReceiveAsync(CancellationToken cancellationToken);

    /// <summary>Sends one text message; concurrent callers are serialized.</summary>
    Task SendAsync(string text, CancellationToken cancellationToken);

    /// <summary>Starts a graceful close; pending receives end when the peer answers.</summary>
    Task CloseAsync(CancellationToken cancellationToken);
}

internal interface ITextSocketFactory
{
    Task<ITextSocket> ConnectAsync(Uri url, CancellationToken cancellationToken);
}
