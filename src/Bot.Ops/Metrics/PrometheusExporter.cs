using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Text;
using Bot.Core.Diagnostics;

namespace Bot.Ops.Metrics;

/// <summary>
/// Listens to every meter whose name starts with <c>ArticleBot</c> (the bot's own and its features', e.g.
/// <c>ArticleBot.Llm</c>) created by this host's <see cref="IMeterFactory"/> (or by none), and writes what they measured
/// in the Prometheus text format. Another host in the same process (tests) is not mixed in.
/// </summary>
internal sealed class PrometheusExporter : IDisposable
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<Instrument, InstrumentSeries> _instruments = new();

    public PrometheusExporter(IMeterFactory meterFactory)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            var meter = instrument.Meter;
            if (meter.Name.StartsWith(BotMetrics.MeterName, StringComparison.Ordinal)
                && (meter.Scope is null || ReferenceEquals(meter.Scope, meterFactory)))
            {
                listener.EnableMeasurementEvents(instrument, _instruments.GetOrAdd(instrument, i => new InstrumentSeries(i)));
            }
        };
        _listener.MeasurementsCompleted = (instrument, _) => _instruments.TryRemove(instrument, out InstrumentSeries? _);
        _listener.SetMeasurementEventCallback<long>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<int>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.SetMeasurementEventCallback<double>((_, value, tags, state) => ((InstrumentSeries)state!).Record(value, tags));
        _listener.Start();
    }

    /// <summary>Every instrument's series now (observable ones are read at this moment).</summary>
    public string Scrape()
    {
        _listener.RecordObservableInstruments();
        var text = new StringBuilder();
        foreach (var series in _instruments.Values.OrderBy(s => s.Name, StringComparer.Ordinal))
        {
            series.WriteTo(text);
        }
        return text.ToString();
    }

    public void Dispose() => _listener.Dispose();
}
