using System.Text.Json;
using System.Threading.Channels;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.SocketMode;

/// <summary>
/// One live Socket Mode connection after <c>hello</c>. Its receive loop only acknowledges envelopes and
/// queues them; it never runs handlers. A <c>disconnect</c> frame is reported, and the loop keeps
/// receiving until the socket is closed, so nothing sent meanwhile is lost.
/// </summary>
internal sealed class SocketModeConnection : IAsyncDisposable
{
    private static readonly TimeSpan HelloTimeout = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly ITextSocket socket;
    private readonly ChannelWriter<Envelope> queue;
    private readonly ILogger logger;
    private readonly TimeProvider time;
    private readonly TaskCompletionSource<string> disconnect = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SocketModeConnection(int id, ITextSocket socket, ChannelWriter<Envelope> queue, ILogger logger, TimeProvider time)
    {
        Id = id;
        this.socket = socket;
        this.queue = queue;
        this.logger = logger;
        this.time = time;
        OpenedAt = time.GetUtcNow();
    }

    public int Id { get; }

    public DateTimeOffset OpenedAt { get; }

    /// <summary>Completes with the reason when Slack sends <c>disconnect</c>.</summary>
    public Task<string> DisconnectRequested => disconnect.Task;

    /// <summary>Completes when the receive loop ends (socket closed, dropped, or cancelled).</summary>
    public Task Completion { get; private set; } = Task.CompletedTask;

    /// <summary>Connects to a fresh URL, waits for <c>hello</c>, and starts receiving.</summary>
    public static async Task<SocketModeConnection> OpenAsync(
        int id, Uri url, ITextSocketFactory sockets, ChannelWriter<Envelope> queue, ILogger logger, TimeProvider time,
        CancellationToken cancellationToken)
    {
        var socket = await sockets.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
        try
        {
            using var helloTimeout = new CancellationTokenSource(HelloTimeout, time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, helloTimeout.Token);
            var first = await socket.ReceiveAsync(linked.Token).ConfigureAwait(false);
            var hello = first is null ? null : Envelope.Parse(first);
            if (hello?.Type != "hello")
            {
                throw new IOException($"Socket Mode connection {id} did not start with hello.");
            }

            LogHello(logger, id, first!);
            var connection = new SocketModeConnection(id, socket, queue, logger, time);
            connection.Completion = Task.Run(() => connection.ReceiveLoopAsync(cancellationToken), CancellationToken.None);
            return connection;
        }
        catch
        {
            await socket.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Closes gracefully and waits (briefly) for the receive loop to drain.</summary>
    public async Task CloseAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(CloseTimeout, time);
            await socket.CloseAsync(timeout.Token).ConfigureAwait(false);
            await Completion.WaitAsync(CloseTimeout, time).ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException)
        {
            logger.LogDebug("Socket Mode connection {ConnectionId} did not close in time; aborting", Id);
        }
    }

    public ValueTask DisposeAsync() => socket.DisposeAsync();

    private async Task ReceiveLoopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await socket.ReceiveAsync(cancellationToken).ConfigureAwait(false) is { } frame)
            {
                var envelope = Envelope.Parse(frame);
                if (envelope is null)
                {
                    logger.LogWarning("Socket Mode connection {ConnectionId} got an unreadable frame", Id);
                    continue;
                }

                if (envelope.Type == "disconnect")
                {
                    logger.LogInformation("Socket Mode connection {ConnectionId} asked to disconnect: {Reason}", Id, envelope.DisconnectReason);
                    disconnect.TrySetResult(envelope.DisconnectReason ?? "unknown");
                    continue;
                }

                if (envelope.EnvelopeId is { } envelopeId)
                {
                    await socket.SendAsync(Envelope.Ack(envelopeId), cancellationToken).ConfigureAwait(false);
                    await queue.WriteAsync(envelope, cancellationToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ChannelClosedException or ObjectDisposedException)
        {
            logger.LogWarning("Socket Mode connection {ConnectionId} failed: {Reason}", Id, e.Message);
        }
    }

    private static void LogHello(ILogger logger, int id, string frame)
    {
        using var doc = JsonDocument.Parse(frame);
        var root = doc.RootElement;
        var count = root.TryGetProperty("num_connections", out var n) && n.TryGetInt32(out var c) ? c : 0;
        var lifetime = root.TryGetProperty("debug_info", out var debug) && debug.ValueKind == JsonValueKind.Object
            && debug.TryGetProperty("approximate_connection_time", out var t) && t.TryGetInt32(out var s) ? s : 0;
        logger.LogInformation(
            "Socket Mode connection {ConnectionId} ready ({NumConnections} open, refresh in about {ApproximateSeconds}s)",
            id, count, lifetime);
    }
}
