using Bot.Discord.Gateway.Socket;

namespace Bot.Discord.Gateway;

/// <summary>
/// What belongs to one gateway connection from HELLO on: its heartbeater, the token that stops its heartbeat task,
/// and why the bot itself dropped it. Stale tasks of an old connection can only touch their own scope.
/// </summary>
internal sealed class ConnectionScope(WebSocketConnection connection, Heartbeater heartbeater, CancellationToken stopping) : IDisposable
{
    private readonly CancellationTokenSource _cancellation = CancellationTokenSource.CreateLinkedTokenSource(stopping);
    private volatile PendingClose? _pendingClose;

    public WebSocketConnection Connection { get; } = connection;

    public Heartbeater Heartbeater { get; } = heartbeater;

    public CancellationToken Token => _cancellation.Token;

    public PendingClose? PendingClose => _pendingClose;

    /// <summary>Drops the connection with a non-1000 code (the session stays resumable) and records what to do next.</summary>
    public Task DropAsync(CloseAction then, TimeSpan? delay, string reason)
    {
        _pendingClose ??= new PendingClose(then, delay);
        Cancel();
        return Connection.CloseAndAbortAsync(GatewayCloseCodes.ZombieOrReconnect, reason);
    }

    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        Cancel();
        _cancellation.Dispose();
    }
}

/// <summary>Why the bot itself dropped a connection, and what to do next.</summary>
internal sealed record PendingClose(CloseAction Action, TimeSpan? Delay);
