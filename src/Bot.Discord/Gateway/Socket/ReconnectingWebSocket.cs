using Microsoft.Extensions.Logging;

namespace Bot.Discord.Gateway.Socket;

/// <summary>
/// Keeps one WebSocket connected for a protocol: asks it for a URL before every attempt, feeds it the messages,
/// and waits a capped, jittered backoff between attempts until the protocol says stop or the token is cancelled.
/// Knows nothing about Discord.
/// </summary>
internal sealed class ReconnectingWebSocket(
    ISocketProtocol protocol,
    ReconnectBackoff backoff,
    TimeProvider time,
    ILogger<ReconnectingWebSocket> logger)
{
    /// <summary>A connection that stayed open this long resets the backoff.</summary>
    private static readonly TimeSpan HealthyAfter = TimeSpan.FromSeconds(30);

    private volatile WebSocketConnection? _current;

    public SocketState State { get; private set; } = SocketState.Idle;

    /// <summary>Runs until the protocol stops it or <paramref name="cancellationToken"/> fires (then closes with 1000).</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var (closure, openedAt) = await RunOneConnectionAsync(cancellationToken);
                if (cancellationToken.IsCancellationRequested)
                    break;
                if (openedAt is { } opened && time.GetUtcNow() - opened >= HealthyAfter)
                    backoff.Reset();

                var decision = protocol.OnClosed(closure);
                if (!decision.Reconnect)
                    break;
                var delay = decision.Delay ?? backoff.Next();
                State = SocketState.WaitingToReconnect;
                logger.LogInformation("Gateway connection ended ({Closure}); reconnecting in {Delay}", closure, delay);
                await Task.Delay(delay, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            State = SocketState.Stopped;
        }
    }

    /// <summary>Ends the current connection so the loop reconnects (close code other than 1000 keeps a session resumable).</summary>
    public Task DropCurrentAsync(int closeCode, string reason) =>
        _current?.CloseAndAbortAsync(closeCode, reason) ?? Task.CompletedTask;

    private async Task<(SocketClosure Closure, DateTimeOffset? OpenedAt)> RunOneConnectionAsync(CancellationToken cancellationToken)
    {
        State = SocketState.Connecting;
        WebSocketConnection connection;
        try
        {
            var uri = await protocol.GetUriAsync(cancellationToken);
            connection = await WebSocketConnection.ConnectAsync(uri, time, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Network trouble is expected and retried: one line with the cause; anything else keeps its stack trace.
            if (ex is HttpRequestException or System.Net.WebSockets.WebSocketException or TimeoutException)
                logger.LogWarning("Could not open the gateway connection: {Cause}", ex.Message);
            else
                logger.LogWarning(ex, "Could not open the gateway connection");
            return (new SocketClosure(null, null, ex), null);
        }

        await using (connection)
        {
            _current = connection;
            State = SocketState.Open;
            protocol.OnOpened(connection);
            var openedAt = time.GetUtcNow();
            try
            {
                while (await connection.ReceiveAsync(cancellationToken) is { } message)
                    await protocol.OnMessageAsync(connection, message, cancellationToken);
                return (new SocketClosure(connection.CloseStatus, connection.CloseStatusDescription, null), openedAt);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                await connection.CloseGracefullyAsync(1000, "shutting down");
                return (new SocketClosure(1000, "shutting down", null), openedAt);
            }
            catch (Exception ex)
            {
                return (new SocketClosure(connection.CloseStatus, connection.CloseStatusDescription, ex), openedAt);
            }
            finally
            {
                _current = null;
            }
        }
    }
}
