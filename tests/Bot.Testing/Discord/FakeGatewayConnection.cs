using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Testing.Discord;

/// <summary>
/// One bot connection to the fake gateway, driven by the test frame by frame. When the bot asked for
/// <c>compress=zlib-stream</c>, everything it is sent goes through one deflate context, as binary messages.
/// </summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path, string query, Action<FakeGatewayConnection, JsonElement>? onFrame = null)
{
    private readonly ZlibStreamDeflater? _deflater = query.Contains("compress=zlib-stream", StringComparison.Ordinal) ? new ZlibStreamDeflater() : null;
    private long _bytesSent;

    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = path;

    public string Query { get; } = query;

    public bool IsCompressed => _deflater is not null;

    /// <summary>The shard named in this connection's IDENTIFY, once it arrived.</summary>
    public int? ShardId { get; private set; }

    /// <summary>Payload bytes sent to the bot (after compression, when on).</summary>
    public long BytesSent => Interlocked.Read(ref _bytesSent);

    /// <summary>Answer every heartbeat with an ACK (turn off to play a zombie gateway).</summary>
    public bool AutoAcknowledge { get; set; } = true;

    /// <summary>Completes with the bot's close code (null when it dropped the connection without one).</summary>
    public Task<int?> Closed => _closed.Task;

    /// <summary>The error that ended the connection, when the bot dropped it without a close frame.</summary>
    public Exception? EndedBy { get; private set; }

    public Task SendAsync(object frame) => SendRawAsync(JsonSerializer.Serialize(frame));

    public Task SendRawAsync(string json) => SendSplitAsync(json, parts: 1);

    /// <summary>Sends one payload; compressed, its bytes are spread over <paramref name="parts"/> WebSocket messages.</summary>
    public Task SendSplitAsync(object frame, int parts) => SendSplitAsync(JsonSerializer.Serialize(frame), parts);

    private async Task SendSplitAsync(string json, int parts)
    {
        await _sendLock.WaitAsync();
        try
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            if (_deflater is null)
            {
                await socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None);
                Interlocked.Add(ref _bytesSent, bytes.Length);
                return;
            }
            var compressed = _deflater.Compress(bytes);
            var size = (compressed.Length + parts - 1) / parts;
            for (var offset = 0; offset < compressed.Length; offset += size)
            {
                var piece = compressed.AsMemory(offset, Math.Min(size, compressed.Length - offset));
                await socket.SendAsync(piece, WebSocketMessageType.Binary, true, CancellationToken.None);
            }
            Interlocked.Add(ref _bytesSent, compressed.Length);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next frame with this opcode (frames with other opcodes are skipped).</summary>
    public async Task<JsonElement> ReceiveOpAsync(int op, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? FakeDiscord.Timeout);
        while (true)
        {
            var frame = await _frames.Reader.ReadAsync(cts.Token);
            if (frame.GetProperty("op").GetInt32() == op)
                return frame;
        }
    }

    public async Task CloseAsync(int code)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, "test", CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    internal async Task RunAsync(CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, cancellationToken);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    _closed.TrySetResult((int?)result.CloseStatus);
                    return;
                }
                var frame = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
                if (frame.GetProperty("op").GetInt32() == 2
                    && frame.GetProperty("d").TryGetProperty("shard", out var shard) && shard.ValueKind == JsonValueKind.Array)
                    ShardId = shard[0].GetInt32();
                onFrame?.Invoke(this, frame);
                if (AutoAcknowledge && frame.GetProperty("op").GetInt32() == 1)
                    await SendAsync(new { op = 11 });
                await _frames.Writer.WriteAsync(frame, cancellationToken);
            }
        }
        catch (Exception ex)
        {
            EndedBy = ex;
            _closed.TrySetResult(null);
        }

    }
}
