using System.Globalization;
using System.Net.Http.Headers;

namespace Bot.Discord.RateLimits;

/// <summary>Discord's <c>X-RateLimit-*</c> headers of one response, parsed once.</summary>
internal sealed record RateLimitInfo(
    int? Limit,
    int? Remaining,
    TimeSpan? ResetAfter,
    string? Bucket,
    bool IsGlobal,
    string? Scope,
    TimeSpan? RetryAfter)
{
    public static RateLimitInfo From(HttpResponseHeaders headers) => new(
        Int(headers, "X-RateLimit-Limit"),
        Int(headers, "X-RateLimit-Remaining"),
        Seconds(headers, "X-RateLimit-Reset-After"),
        Text(headers, "X-RateLimit-Bucket"),
        Text(headers, "X-RateLimit-Global") is { } global && !global.Equals("false", StringComparison.OrdinalIgnoreCase),
        Text(headers, "X-RateLimit-Scope"),
        Seconds(headers, "Retry-After"));

    private static string? Text(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;

    private static int? Int(HttpResponseHeaders headers, string name) =>
        int.TryParse(Text(headers, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static TimeSpan? Seconds(HttpResponseHeaders headers, string name) =>
        double.TryParse(Text(headers, name), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
