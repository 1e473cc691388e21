using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace Bot.Testing.Slack;

/// <summary>The server side of one Socket Mode connection; the test decides every frame.</summary>
public sealed class FakeSocket(WebSocket socket, int ticket)
{
    private readonly Channel<string> received = Channel.CreateUnbounded<string>();
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public int Ticket { get; } = ticket;

    /// <summary>Completes when the client closed the socket (or it dropped).</summary>
    public Task Closed => closed.Task;

    public Task SendAsync(string json) =>
        socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);

    public Task SendHelloAsync() => SendAsync(SlackFrames.Hello());

    /// <summary>The next frame from the client (an ack), or a failure after the timeout.</summary>
    public async Task<JsonElement> ReceiveAsync(TimeSpan? timeout = null)
    {
        var text = await received.Reader.ReadAsync().AsTask().WaitAsync(timeout ?? TimeSpan.FromSeconds(10));
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public void Abort() => socket.Abort();

    /// <summary>Runs for the lifetime of the HTTP request that upgraded to this socket.</summary>
    internal async Task PumpAsync()
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
                    result = await socket.ReceiveAsync(buffer, CancellationToken.None);
                    if (result.MessageType == WebSocketMessageType.Close)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                        return;
                    }

                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage);

                received.Writer.TryWrite(Encoding.UTF8.GetString(message.ToArray()));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
        }
        finally
        {
            received.Writer.TryComplete();
            closed.TrySetResult();
        }
    }
}
