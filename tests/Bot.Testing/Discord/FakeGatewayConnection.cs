using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Testing.Discord;

/// <summary>One bot connection to the fake gateway, driven by the test frame by frame.</summary>
public sealed class FakeGatewayConnection(WebSocket socket, string path, string query)
{
    private readonly Channel<JsonElement> _frames = Channel.CreateUnbounded<JsonElement>();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<int?> _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string Path { get; } = path;

    public string Query { get; } = query;

    /// <summary>Answer every heartbeat with an ACK (turn off to play a zombie gateway).</summary>
    public bool AutoAcknowledge { get; set; } = true;

    /// <summary>Completes with the bot's close code (null when it dropped the connection without one).</summary>
    public Task<int?> Closed => _closed.Task;

    /// <summary>The error that ended the connection, when the bot dropped it without a close frame.</summary>
    public Exception? EndedBy { get; private set; }

    public Task SendAsync(object frame) => SendRawAsync(JsonSerializer.Serialize(frame));

    public async Task SendRawAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
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
