using System.Diagnostics.Metrics;
using Bot.Core.Llm;

namespace Bot.Bench;

/// <summary>Adds up what the bot's <c>ArticleBot.Llm</c> counters record (what <c>/metrics</c> exports), by instrument and tag.</summary>
internal sealed class LlmMeterTotals : IDisposable
{
    private readonly MeterListener _listener = new();
    private long _calls;
    private long _prompt;
    private long _completion;

    public LlmMeterTotals()
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == LlmMetrics.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>(OnMeasurement);
        _listener.Start();
    }

    public (long Calls, long Prompt, long Completion) Read() =>
        (Interlocked.Read(ref _calls), Interlocked.Read(ref _prompt), Interlocked.Read(ref _completion));

    private void OnMeasurement(Instrument instrument, long value, ReadOnlySpan<KeyValuePair<string, object?>> tags, object? state)
    {
        if (instrument.Name == LlmMetrics.Calls)
        {
            Interlocked.Add(ref _calls, value);
            return;
        }
        foreach (var tag in tags)
        {
            if (instrument.Name == LlmMetrics.Tokens && tag.Key == "kind")
            {
                Interlocked.Add(ref (tag.Value as string == "prompt" ? ref _prompt : ref _completion), value);
            }
        }
    }

    public void Dispose() => _listener.Dispose();
}
