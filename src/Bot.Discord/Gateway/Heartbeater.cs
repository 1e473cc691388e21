namespace Bot.Discord.Gateway;

/// <summary>
/// Heartbeats one gateway connection: the first beat after interval × jitter, then one per interval.
/// When it is time to beat and the previous beat was never acknowledged, the connection is a zombie.
/// </summary>
internal sealed class Heartbeater(TimeProvider time, Func<double> random)
{
    private volatile bool _acknowledged = true;
    private long _sentAt;

    /// <summary>Records the ACK; returns the time since the beat it answers, or null for an unsolicited ACK.</summary>
    public TimeSpan? Acknowledge()
    {
        if (_acknowledged)
            return null;
        _acknowledged = true;
        return time.GetElapsedTime(Interlocked.Read(ref _sentAt));
    }

    /// <summary>Runs until cancelled or until a zombie is found; returns true for a zombie.</summary>
    public async Task<bool> RunAsync(TimeSpan interval, Func<CancellationToken, Task> sendBeat, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random(), time, cancellationToken);
            while (true)
            {
                if (!_acknowledged)
                    return true;
                Interlocked.Exchange(ref _sentAt, time.GetTimestamp());
                _acknowledged = false;
                await sendBeat(cancellationToken);
                await Task.Delay(interval, time, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }
}
