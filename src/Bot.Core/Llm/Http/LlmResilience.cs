using System.Net;
using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace Bot.Core.Llm;

/// <summary>
/// The LLM client's pipeline: retry (transient failures; a 429 waits the server's Retry-After, unless that is longer
/// than <see cref="LlmOptions.MaxRetryAfter"/>) around a circuit breaker (a failing provider is skipped for
/// <see cref="LlmOptions.BreakDuration"/>) around an attempt timeout (a hung provider counts as failing).
/// </summary>
internal static class LlmResilience
{
    public const int MinimumThroughput = 4;

    public static void Configure(ResiliencePipelineBuilder<HttpResponseMessage> pipeline, LlmOptions options, TimeProvider time)
    {
        pipeline.AddRetry(new HttpRetryStrategyOptions
        {
            MaxRetryAttempts = Math.Max(1, options.MaxRetries),
            ShouldHandle = args => ValueTask.FromResult(
                options.MaxRetries > 0 && HttpClientResiliencePredicates.IsTransient(args.Outcome)
                && !WaitsTooLong(args.Outcome.Result, options, time)),
            BackoffType = DelayBackoffType.Exponential,
            UseJitter = true,
            Delay = options.RetryDelay,
            DelayGenerator = args => ValueTask.FromResult(RetryAfter.From(args.Outcome.Result, time)),
        });
        pipeline.AddCircuitBreaker(new HttpCircuitBreakerStrategyOptions
        {
            FailureRatio = 0.5,
            MinimumThroughput = MinimumThroughput,
            SamplingDuration = Max(TimeSpan.FromMinutes(2), options.Timeout * 4),
            BreakDuration = options.BreakDuration,
        });
        pipeline.AddTimeout(options.Timeout);
    }

    private static bool WaitsTooLong(HttpResponseMessage? response, LlmOptions options, TimeProvider time) =>
        response?.StatusCode == HttpStatusCode.TooManyRequests
        && RetryAfter.From(response, time) is { } wait
        && wait > options.MaxRetryAfter;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
