using System.Collections.Concurrent;
using System.Threading.Channels;
using Bot.Core.Chat;

namespace Bot.Slack.Tests.Fakes;

/// <summary>A real in-memory dedupe set that also tells the test each decision it made.</summary>
internal sealed class RecordingDeliveredEvents : IDeliveredEvents
{
    private readonly ConcurrentDictionary<string, byte> seen = new();
    private readonly Channel<(string Id, bool Recorded)> decisions = Channel.CreateUnbounded<(string, bool)>();

    public Task<bool> TryRecordAsync(string platform, string eventId, CancellationToken cancellationToken)
    {
        var recorded = seen.TryAdd($"{platform}:{eventId}", 0);
        decisions.Writer.TryWrite((eventId, recorded));
        return Task.FromResult(recorded);
    }

    /// <summary>Waits until the id was offered and refused as a duplicate.</summary>
    public async Task WaitForRefusalAsync(string id)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await foreach (var (seenId, recorded) in decisions.Reader.ReadAllAsync(cts.Token))
        {
            if (seenId == id && !recorded)
            {
                return;
            }
        }
    }
}
