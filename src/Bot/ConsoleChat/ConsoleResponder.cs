using Bot.Core.Chat;
using Bot.Rendering;

namespace Bot.ConsoleChat;

/// <summary>Replies on standard output; progress goes to standard error so piped output holds replies alone.</summary>
internal sealed class ConsoleResponder(ConsoleStreams streams) : IChatResponder
{
    public async Task ShowProgressAsync(CancellationToken cancellationToken)
    {
        await streams.Progress.WriteLineAsync("reading …".AsMemory(), cancellationToken);
        await streams.Progress.FlushAsync(cancellationToken);
    }

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var text = ReplyText.Render(reply);
        if (reply.IsError)
        {
            text = "error: " + text;
        }
        await streams.Output.WriteLineAsync((text + Environment.NewLine).AsMemory(), cancellationToken);
        await streams.Output.FlushAsync(cancellationToken);
    }
}
