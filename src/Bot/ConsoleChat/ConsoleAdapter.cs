using Bot.Core.Chat;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.ConsoleChat;

/// <summary>
/// Chat in the terminal: each line of standard input is a message from a local user in a local channel, addressed to
/// the bot, with auto-summaries on. Lines are handled one after another, so scripts get their replies in order.
/// When input ends the adapter stops the host, which exits 0.
/// </summary>
internal sealed class ConsoleAdapter(
    IChatRequestHandler handler,
    ConsoleStreams streams,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleAdapter> logger) : BackgroundService
{
    public const string Platform = "console";

    private static readonly Conversation Local = new(Platform, "local");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Let the host finish starting before the first prompt.
        await Task.Yield();
        if (streams.Interactive)
        {
            await streams.Output.WriteLineAsync("Article bot: paste a link, or type help. Ctrl+D to quit.");
        }

        var messageNumber = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            if (streams.Interactive)
            {
                await streams.Output.WriteAsync("> ");
                await streams.Output.FlushAsync(stoppingToken);
            }

            string? line;
            try
            {
                line = await streams.Input.ReadLineAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            if (line is null)
            {
                logger.LogDebug("Standard input ended; stopping");
                lifetime.StopApplication();
                break;
            }
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var message = new ChatMessage(Local, "local-user", (++messageNumber).ToString(System.Globalization.CultureInfo.InvariantCulture), line.Trim())
            {
                MentionsBot = true,
                AutoSummarize = true,
            };
            // Replies in flight finish even when shutdown starts; the host's shutdown timeout bounds them.
            await using var responder = new ConsoleResponder(streams, time);
            await handler.HandleMessageAsync(message, responder, CancellationToken.None);
        }
    }
}
