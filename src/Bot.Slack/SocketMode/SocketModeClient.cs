using System.Collections.Concurrent;
using System.Threading.Channels;
using Bot.Core.Diagnostics;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Slack.SocketMode;

/// <summary>
/// Keeps <see cref="SlackOptions.Connections"/> Socket Mode connections up. Each slot asks for a fresh URL
/// every time, replaces a connection that Slack wants refreshed before closing it, and reconnects dropped
/// sockets with capped, jittered backoff. Stops on link_disabled and on fatal token errors.
/// </summary>
internal sealed class SocketModeClient(
    SlackApiClient api,
    ITextSocketFactory sockets,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SocketModeClient> logger,
    BotMetrics? metrics = null)
{
    /// <summary>A connection that dies sooner than this counts as a failure for backoff.</summary>
    private static readonly TimeSpan MinHealthyLifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<int, ConnectionState> states = new();
    private readonly Backoff backoff = Backoff.Default();
    private int nextConnectionId;

    public ConnectionState StateOf(int slot) => states.GetValueOrDefault(slot, ConnectionState.Disconnected);

    /// <summary>Runs every slot until cancelled or a fatal error; envelopes (already acknowledged) go to <paramref name="queue"/>.</summary>
    public async Task RunAsync(ChannelWriter<Envelope> queue, CancellationToken cancellationToken)
    {
        using var stopAll = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var slots = Enumerable.Range(1, options.Value.Connections)
            .Select(slot => RunSlotAsync(slot, queue, stopAll))
            .ToList();
        await Task.WhenAll(slots).ConfigureAwait(false);
    }

    private async Task RunSlotAsync(int slot, ChannelWriter<Envelope> queue, CancellationTokenSource stopAll)
    {
        var cancellationToken = stopAll.Token;
        SocketModeConnection? current = null;
        var failures = 0;
        try
        {
            current = await OpenWithBackoffAsync(slot, queue, failures, cancellationToken).ConfigureAwait(false);
            while (!cancellationToken.IsCancellationRequested)
            {
                var ended = await Task.WhenAny(current.DisconnectRequested, current.Completion).ConfigureAwait(false);
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                var reason = ended == current.DisconnectRequested ? current.DisconnectRequested.Result : "dropped";
                failures = time.GetUtcNow() - current.OpenedAt < MinHealthyLifetime && reason != "refresh_requested" && reason != "warning"
                    ? failures + 1
                    : 0;
                switch (reason)
                {
                    case "link_disabled":
                        logger.LogError("Socket Mode was disabled for this app (link_disabled); slot {Slot} stops", slot);
                        Set(slot, ConnectionState.Stopped);
                        await stopAll.CancelAsync().ConfigureAwait(false);
                        return;
                    case "refresh_requested" or "warning":
                        // The old socket keeps receiving (and acknowledging) until the new one said hello.
                        Set(slot, ConnectionState.Refreshing);
                        var replacement = await OpenWithBackoffAsync(slot, queue, 0, cancellationToken).ConfigureAwait(false);
                        await RetireAsync(current).ConfigureAwait(false);
                        current = replacement;
                        break;
                    default:
                        logger.LogWarning("Socket Mode connection {ConnectionId} ended ({Reason}); reconnecting", current.Id, reason);
                        await RetireAsync(current).ConfigureAwait(false);
                        current = null;
                        current = await OpenWithBackoffAsync(slot, queue, failures, cancellationToken).ConfigureAwait(false);
                        metrics?.Reconnected("slack");
                        break;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (SlackApiException e) when (e.IsFatal)
        {
            logger.LogCritical("Slack refused the app-level token ({Error}): {Hint}", e.Error, SlackErrorHints.For(e.Error));
            Set(slot, ConnectionState.Stopped);
            await stopAll.CancelAsync().ConfigureAwait(false);
        }
        finally
        {
            if (current is not null)
            {
                await RetireAsync(current).ConfigureAwait(false);
            }

            Set(slot, ConnectionState.Stopped);
        }
    }

    private async Task<SocketModeConnection> OpenWithBackoffAsync(
        int slot, ChannelWriter<Envelope> queue, int failures, CancellationToken cancellationToken)
    {
        while (true)
        {
            if (failures > 0)
            {
                var delay = backoff.DelayFor(failures);
                Set(slot, ConnectionState.WaitingToReconnect);
                logger.LogInformation("Socket Mode slot {Slot} reconnects in {DelayMs} ms (failure {Failures})", slot, (int)delay.TotalMilliseconds, failures);
                await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
            }

            if (StateOf(slot) != ConnectionState.Refreshing)
            {
                Set(slot, ConnectionState.Connecting);
            }

            try
            {
                var url = await api.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
                var id = Interlocked.Increment(ref nextConnectionId);
                var connection = await SocketModeConnection.OpenAsync(id, url, sockets, queue, logger, time, cancellationToken)
                    .ConfigureAwait(false);
                Set(slot, ConnectionState.Connected);
                return connection;
            }
            catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not SlackApiException { IsFatal: true })
            {
                failures++;
                logger.LogWarning("Socket Mode slot {Slot} could not connect: {Reason}", slot, e.Message);
            }
        }
    }

    private static async Task RetireAsync(SocketModeConnection connection)
    {
        await connection.CloseAsync().ConfigureAwait(false);
        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private void Set(int slot, ConnectionState state)
    {
        if (states.TryGetValue(slot, out var old) && old == state)
        {
            return;
        }

        states[slot] = state;
        logger.LogDebug("Socket Mode slot {Slot}: {State}", slot, state);
    }
}
