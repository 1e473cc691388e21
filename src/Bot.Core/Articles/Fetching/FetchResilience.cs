using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Timeout;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// Retry and attempt-timeout strategies of the fetch client: jittered exponential retries on attempt timeouts,
/// connection failures, 408, 429 and 5xx, honouring <c>Retry-After</c> up to <see cref="FetchOptions.MaxRetryAfter"/>.
/// Other 4xx, refused addresses and unknown hosts are never retried.
/// </summary>
internal static class FetchResilience
{
    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, FetchOptions options, TimeProvider time)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            MaxDelay = options.MaxRetryAfter,
            ShouldRetryAfterHeader = false,
            ShouldHandle = args => ValueTask.FromResult(options.MaxRetries > 0 && ShouldRetry(args.Outcome)),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Result, options.MaxRetryAfter, time)),
        });
        pipeline.AddTimeout(options.AttemptTimeout);
    }

    internal static bool ShouldRetry(Outcome<HttpResponseMessage> outcome) => outcome switch
    {
        { Exception: TimeoutRejectedException } => true,
        { Exception: HttpRequestException ex } => !IsDefinitive(ex),
        { Exception: not null } => false,
        { Result: { } response } => IsTransient(response.StatusCode),
        _ => false,
    };

    internal static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests
        || ((int)status >= 500 && status is not HttpStatusCode.NotImplemented and not HttpStatusCode.HttpVersionNotSupported);

    /// <summary>The server's <c>Retry-After</c> (delta or date), capped; null lets the back-off decide.</summary>
    internal static TimeSpan? RetryAfter(HttpResponseMessage? response, TimeSpan max, TimeProvider time)
    {
        var header = response?.Headers.RetryAfter;
        var delay = header?.Delta ?? (header?.Date - time.GetUtcNow());
        if (delay is not { } d)
        {
            return null;
        }
        return d < TimeSpan.Zero ? TimeSpan.Zero : d > max ? max : d;
    }

    private static bool IsDefinitive(HttpRequestException ex) =>
        ex.HttpRequestError == HttpRequestError.NameResolutionError || FindBlocked(ex) is not null;

    internal static BlockedAddressException? FindBlocked(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BlockedAddressException blocked)
            {
                return blocked;
            }
        }
        return null;
    }
}
