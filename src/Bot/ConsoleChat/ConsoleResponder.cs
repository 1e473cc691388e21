using Bot.Core.Chat;
using Bot.Rendering;

namespace Bot.ConsoleChat;

/// <summary>Replies on standard output; progress goes to standard error so piped output holds replies alone.</summary>
internal sealed class ConsoleResponder(ConsoleStreams streams, TimeProvider time) : IChatResponder, IAsyncDisposable
{
    private ProgressSpinner? _spinner;

    public async Task ShowProgressAsync(CancellationToken cancellationToken)
    {
        if (streams.ProgressIsTerminal)
        {
            _spinner ??= new ProgressSpinner(streams.Progress, time);
            return;
        }
        await streams.Progress.WriteLineAsync("reading …".AsMemory(), cancellationToken);
        await streams.Progress.FlushAsync(cancellationToken);
    }

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        await StopSpinnerAsync();
        var text = ReplyText.Render(reply);
        if (reply.IsError)
        {
            text = "error: " + text;
        }
        await streams.Output.WriteLineAsync((text + Environment.NewLine).AsMemory(), cancellationToken);
        await streams.Output.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => new(StopSpinnerAsync());

    private async Task StopSpinnerAsync()
    {
        if (_spinner is not null)
        {
            await _spinner.DisposeAsync();
            _spinner = null;
        }
    }
}
