using System.Threading.Channels;
using Bot.Slack.Events;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Bot.Slack;

/// <summary>
/// The Slack adapter: checks the bot token (auth.test), keeps Socket Mode connected, and runs workers that
/// take acknowledged envelopes from a bounded queue, so slow summaries never hold up the sockets.
/// </summary>
internal sealed class SlackAdapterService(
    SlackApiClient api,
    SlackBotIdentity identity,
    SocketModeClient socketMode,
    EnvelopeDispatcher dispatcher,
    TimeProvider time,
    ILogger<SlackAdapterService> logger) : BackgroundService
{
    private readonly Backoff backoff = Backoff.Default();
    private const int Workers = 4;
    private const int QueueCapacity = 256;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!await IdentifyAsync(stoppingToken).ConfigureAwait(false))
        {
            return;
        }

        var queue = Channel.CreateBounded<Envelope>(new BoundedChannelOptions(QueueCapacity)
        {
            FullMode = BoundedChannelFullMode.Wait,
            SingleWriter = false,
            SingleReader = false,
        });
        var workers = Enumerable.Range(0, Workers).Select(_ => Task.Run(() => WorkAsync(queue.Reader), CancellationToken.None)).ToList();
        try
        {
            await socketMode.RunAsync(queue.Writer, stoppingToken).ConfigureAwait(false);
        }
        finally
        {
            queue.Writer.TryComplete();
            await Task.WhenAll(workers).ConfigureAwait(false);
        }
    }

    /// <summary>auth.test until it answers: false when the bot token is refused (retrying cannot help).</summary>
    private async Task<bool> IdentifyAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                var me = await api.AuthTestAsync(cancellationToken).ConfigureAwait(false);
                identity.Set(me.UserId ?? "", me.BotId);
                logger.LogInformation("Slack bot user {UserId} (bot {BotId}) in team {TeamId}", me.UserId, me.BotId, me.TeamId);
                return true;
            }
            catch (SlackApiException e) when (e.IsFatal)
            {
                logger.LogCritical("Slack refused the bot token ({Error}): {Hint}; the Slack adapter is not started",
                    e.Error, SlackErrorHints.For(e.Error));
                return false;
            }
            catch (Exception e) when (e is SlackApiException or HttpRequestException or TaskCanceledException
                && !cancellationToken.IsCancellationRequested)
            {
                var delay = backoff.DelayFor(failures);
                logger.LogWarning("Slack auth.test failed ({Reason}); retrying in {DelayMs} ms", e.Message, (int)delay.TotalMilliseconds);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task WorkAsync(ChannelReader<Envelope> reader)
    {
        // Envelopes were acknowledged when they arrived, so Slack will not send them again: the queue is drained
        // even when shutdown begins (the writer is completed then); the host's shutdown timeout bounds it.
        await foreach (var envelope in reader.ReadAllAsync(CancellationToken.None).ConfigureAwait(false))
        {
            await dispatcher.DispatchAsync(envelope, CancellationToken.None).ConfigureAwait(false);
        }
    }
}
