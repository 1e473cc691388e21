namespace Bot.ConsoleChat;

/// <summary>"⠋ reading …" turning on one terminal line until the answer arrives, then erased.</summary>
internal sealed class ProgressSpinner : IAsyncDisposable
{
    private const string Frames = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";
    private static readonly TimeSpan FrameTime = TimeSpan.FromMilliseconds(100);

    private readonly TextWriter _terminal;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _turning;

    public ProgressSpinner(TextWriter terminal, TimeProvider time)
    {
        _terminal = terminal;
        _turning = TurnAsync(time, _stop.Token);
    }

    private async Task TurnAsync(TimeProvider time, CancellationToken stop)
    {
        using var timer = new PeriodicTimer(FrameTime, time);
        var frame = 0;
        try
        {
            do
            {
                await _terminal.WriteAsync($"\r{Frames[frame++ % Frames.Length]} reading …");
                await _terminal.FlushAsync(stop);
            }
            while (await timer.WaitForNextTickAsync(stop));
        }
        catch (OperationCanceledException)
        {
            // Stopped: the answer is here.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _turning;
        await _terminal.WriteAsync("\r           \r");
        await _terminal.FlushAsync();
        _stop.Dispose();
    }
}
