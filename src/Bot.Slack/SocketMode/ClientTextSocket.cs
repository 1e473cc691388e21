using System.Buffers;
using System.Net.WebSockets;
using System.Text;

namespace Bot.Slack.SocketMode;

/// <summary><see cref="ITextSocket"/> on <see cref="ClientWebSocket"/>: reassembles fragments, one sender at a time.</summary>
internal sealed class ClientTextSocket : ITextSocket
{
    private const int MaxMessageBytes = 4 * 1024 * 1024;
    private readonly ClientWebSocket socket;
    private readonly SemaphoreSlim sendLock = new(1, 1);

    private ClientTextSocket(ClientWebSocket socket) => this.socket = socket;

    public static async Task<ITextSocket> ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(30);
        socket.Options.KeepAliveTimeout = TimeSpan.FromSeconds(15);
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return new ClientTextSocket(socket);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    public async Task<string?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var buffer = new ArrayBufferWriter<byte>(8192);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    return null;
                }

                buffer.Advance(result.Count);
                if (buffer.WrittenCount > MaxMessageBytes)
                {
                    throw new WebSocketException(WebSocketError.HeaderError, "Socket Mode message too large.");
                }

                if (result.EndOfMessage)
                {
                    return result.MessageType == WebSocketMessageType.Text ? Encoding.UTF8.GetString(buffer.WrittenSpan) : "";
                }
            }
        }
        catch (WebSocketException)
        {
            return null;
        }
    }

    public async Task SendAsync(string text, CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(text), WebSocketMessageType.Text, true, cancellationToken)
                .ConfigureAwait(false);
        }
        finally
        {
            sendLock.Release();
        }
    }

    public async Task CloseAsync(CancellationToken cancellationToken)
    {
        await sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "replaced", cancellationToken)
                    .ConfigureAwait(false);
            }
        }
        catch (WebSocketException)
        {
            socket.Abort();
        }
        finally
        {
            sendLock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        socket.Dispose();
        sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal sealed class ClientTextSocketFactory : ITextSocketFactory
{
    public Task<ITextSocket> ConnectAsync(Uri url, CancellationToken cancellationToken) =>
        ClientTextSocket.ConnectAsync(url, cancellationToken);
}
