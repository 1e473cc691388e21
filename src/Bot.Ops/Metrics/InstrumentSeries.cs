using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Text;

namespace Bot.Ops.Metrics;

/// <summary>What one instrument has measured so far, one series per set of tags, and how it reads in Prometheus text.</summary>
internal sealed class InstrumentSeries
{
    private static readonly double[] DefaultBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

    private readonly ConcurrentDictionary<string, Series> _series = new(StringComparer.Ordinal);
    private readonly double[] _buckets;

    public InstrumentSeries(Instrument instrument)
    {
        Instrument = instrument;
        Kind = instrument switch
        {
            Counter<long> or Counter<double> or Counter<int> => "counter",
            ObservableCounter<long> or ObservableCounter<double> or ObservableCounter<int> => "counter",
            Histogram<long> or Histogram<double> or Histogram<int> => "histogram",
            _ => "gauge",
        };
        // Observable instruments report their current value on each collection; the others report increments.
        Cumulative = instrument.IsObservable;
        _buckets = (instrument as Histogram<double>)?.Advice?.HistogramBucketBoundaries?.ToArray()
            ?? (instrument as Histogram<long>)?.Advice?.HistogramBucketBoundaries?.Select(b => (double)b).ToArray()
            ?? DefaultBuckets;
        Name = PrometheusName(instrument, Kind);
    }

    public Instrument Instrument { get; }

    public string Kind { get; }

    public bool Cumulative { get; }

    public string Name { get; }

    public void Record(double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var series = _series.GetOrAdd(LabelText(tags), _ => new Series(_buckets.Length));
        lock (series)
        {
            if (Kind == "histogram")
            {
                var bucket = Array.FindIndex(_buckets, bound => value <= bound);
                series.Counts[bucket < 0 ? _buckets.Length : bucket]++;
                series.Sum += value;
                series.Count++;
            }
            else
            {
                series.Value = Cumulative ? value : series.Value + value;
            }
        }
    }

    public void WriteTo(StringBuilder text)
    {
        if (_series.IsEmpty)
        {
            return;
        }

        text.Append("# HELP ").Append(Name).Append(' ').Append(Escape(Instrument.Description ?? Instrument.Name, quotes: false)).Append('\n');
        text.Append("# TYPE ").Append(Name).Append(' ').Append(Kind).Append('\n');
        foreach (var (labels, series) in _series.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            lock (series)
            {
                if (Kind != "histogram")
                {
                    Sample(text, Name, labels, series.Value);
                    continue;
                }

                long cumulative = 0;
                for (var i = 0; i <= _buckets.Length; i++)
                {
                    cumulative += series.Counts[i];
                    var le = i < _buckets.Length ? Number(_buckets[i]) : "+Inf";
                    Sample(text, Name + "_bucket", Join(labels, $"le=\"{le}\""), cumulative);
                }
                Sample(text, Name + "_sum", labels, series.Sum);
                Sample(text, Name + "_count", labels, series.Count);
            }
        }
    }

    private static void Sample(StringBuilder text, string name, string labels, double value)
    {
        text.Append(name);
        if (labels.Length > 0)
        {
            text.Append('{').Append(labels).Append('}');
        }
        text.Append(' ').Append(Number(value)).Append('\n');
    }

    private static string Join(string labels, string more) => labels.Length == 0 ? more : labels + "," + more;

    private static string Number(double value) =>
        double.IsPositiveInfinity(value) ? "+Inf" : value.ToString("R", CultureInfo.InvariantCulture);

    private static string LabelText(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        if (tags.Length == 0)
        {
            return "";
        }

        var pairs = new List<string>(tags.Length);
        foreach (var (key, value) in tags)
        {
            pairs.Add($"{Sanitize(key)}=\"{Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", quotes: true)}\"");
        }
        pairs.Sort(StringComparer.Ordinal);
        return string.Join(",", pairs);
    }

    /// <summary>articlebot.reply.duration in s → articlebot_reply_duration_seconds; counters end in _total.</summary>
    private static string PrometheusName(Instrument instrument, string kind)
    {
        var name = Sanitize(instrument.Name);
        var unit = instrument.Unit switch
        {
            "s" => "_seconds",
            "ms" => "_milliseconds",
            "By" => "_bytes",
            _ => "",
        };
        if (!name.EndsWith(unit, StringComparison.Ordinal))
        {
            name += unit;
        }
        return kind == "counter" ? name + "_total" : name;
    }

    private static string Sanitize(string name)
    {
        var chars = name.Select(c => char.IsAsciiLetterOrDigit(c) || c == '_' ? c : '_').ToArray();
        return char.IsAsciiDigit(chars[0]) ? "_" + new string(chars) : new string(chars);
    }

    private static string Escape(string value, bool quotes)
    {
        var escaped = value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal);
        return quotes ? escaped.Replace("\"", "\\\"", StringComparison.Ordinal) : escaped;
    }

    private sealed class Series(int buckets)
    {
        public double Value;
        public double Sum;
        public long Count;
        public readonly long[] Counts = new long[buckets + 1];
    }
}
