using System.Buffers;
using System.Net.WebSockets;

namespace Bot.Discord.Gateway.Socket;

/// <summary>
/// One open client WebSocket: reassembles messages from their frames, serializes sends (ClientWebSocket allows one at a time)
/// and closes without waiting on a peer that may be dead.
/// </summary>
internal sealed class WebSocketConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(2);

    private readonly ClientWebSocket _socket;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TimeProvider _time;

    private WebSocketConnection(ClientWebSocket socket, TimeProvider time)
    {
        _socket = socket;
        _time = time;
    }

    public static async Task<WebSocketConnection> ConnectAsync(Uri uri, TimeProvider time, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return new WebSocketConnection(socket, time);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>The next complete message, or null when the peer closed (see <see cref="CloseStatus"/>).</summary>
    public async Task<ReceivedMessage?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
                return null;
            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
                throw new WebSocketException(WebSocketError.Faulted, "Gateway message too large.");
            if (result.EndOfMessage)
                return new ReceivedMessage(buffer.WrittenMemory, result.MessageType == WebSocketMessageType.Binary);
        }
    }

    public int? CloseStatus => (int?)_socket.CloseStatus;

    public string? CloseStatusDescription => _socket.CloseStatusDescription;

    public async Task SendAsync(ReadOnlyMemory<byte> message, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await _socket.SendAsync(message, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame with <paramref name="code"/> and drops the connection without waiting for the echo.</summary>
    public async Task CloseAndAbortAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, _time);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            // The peer is gone already; aborting below is all that is left to do.
        }
        _socket.Abort();
    }

    /// <summary>A clean close handshake, used only for a permanent shutdown.</summary>
    public async Task CloseGracefullyAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, _time);
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                await _socket.CloseAsync((WebSocketCloseStatus)code, reason, timeout.Token);
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException or ObjectDisposedException or InvalidOperationException)
        {
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}
