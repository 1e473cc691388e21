using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace Bot.Core.Diagnostics;

/// <summary>
/// The bot's own instruments, on the <c>ArticleBot</c> meter (every meter whose name starts with <c>ArticleBot</c> is
/// exported on <c>/metrics</c>). Created through <see cref="IMeterFactory"/>, so each host has its own.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "ArticleBot";

    private readonly Counter<long> _requests;
    private readonly Histogram<double> _replyDuration;
    private readonly Histogram<double> _fetchDuration;
    private readonly Counter<long> _fetchBytes;
    private readonly Counter<long> _cacheLookups;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _rateLimited;

    private static readonly double[] LatencyBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1, 2.5, 5, 10, 30, 60];

    public BotMetrics(IMeterFactory meterFactory)
    {
        Meter = meterFactory.Create(MeterName);
        _requests = Meter.CreateCounter<long>("articlebot.requests", "{request}", "Chat requests handled, by kind and outcome");
        _replyDuration = Meter.CreateHistogram(
            "articlebot.reply.duration", "s", "From a request reaching the bot to its final reply being sent",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _fetchDuration = Meter.CreateHistogram(
            "articlebot.fetch.duration", "s", "Fetching one page, redirects and body included",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = LatencyBuckets });
        _fetchBytes = Meter.CreateCounter<long>("articlebot.fetch.bytes", "By", "Page bytes fetched (after decompression)");
        _cacheLookups = Meter.CreateCounter<long>("articlebot.cache.lookups", "{lookup}", "Cache lookups, by cache and result (hit or miss)");
        _reconnects = Meter.CreateCounter<long>("articlebot.reconnects", "{reconnect}", "Connections re-established, by component");
        _rateLimited = Meter.CreateCounter<long>("articlebot.ratelimit.refusals", "{request}", "Requests refused by the per-user or per-channel budget");
    }

    /// <summary>The <c>ArticleBot</c> meter, for observable instruments owned elsewhere (queue depth).</summary>
    public Meter Meter { get; }

    public void RequestHandled(string kind, string outcome, TimeSpan elapsed)
    {
        var tags = new TagList { { "kind", kind }, { "outcome", outcome } };
        _requests.Add(1, tags);
        _replyDuration.Record(elapsed.TotalSeconds, tags);
    }

    public void RateLimited(string platform)
    {
        _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));
        _requests.Add(1, new TagList { { "kind", "any" }, { "outcome", "rate_limited" } });
    }

    public void PageFetched(TimeSpan elapsed, long bytes, string outcome)
    {
        _fetchDuration.Record(elapsed.TotalSeconds, new KeyValuePair<string, object?>("outcome", outcome));
        _fetchBytes.Add(bytes);
    }

    public void CacheLookup(string cache, bool hit) =>
        _cacheLookups.Add(1, new TagList { { "cache", cache }, { "result", hit ? "hit" : "miss" } });

    public void Reconnected(string component) => _reconnects.Add(1, new KeyValuePair<string, object?>("component", component));
}
