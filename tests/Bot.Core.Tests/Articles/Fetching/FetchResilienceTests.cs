using System.Net;
using System.Net.Http.Headers;
using Bot.Core.Articles;
using Bot.Core.Articles.Fetching;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Time.Testing;
using Polly;
using Polly.Timeout;

namespace Bot.Core.Tests.Articles.Fetching;

public sealed class FetchResilienceTests
{
    private static readonly TimeSpan Max = TimeSpan.FromSeconds(5);

    [Fact]
    public void Retry_after_as_a_date_is_measured_from_now_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var response = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), FetchResilience.RetryAfter(response, Max, time));
    }

    [Theory]
    [InlineData(2, 2)]
    [InlineData(3600, 5)]
    public void Retry_after_as_seconds_is_honoured_up_to_the_cap(int asked, int expected)
    {
        using var response = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        response.Headers.RetryAfter = new RetryConditionHeaderValue(TimeSpan.FromSeconds(asked));

        Assert.Equal(TimeSpan.FromSeconds(expected), FetchResilience.RetryAfter(response, Max, new FakeTimeProvider()));
    }

    [Fact]
    public void A_date_in_the_past_means_retry_now_and_no_header_leaves_it_to_the_backoff()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero));
        using var past = new HttpResponseMessage(HttpStatusCode.TooManyRequests);
        past.Headers.RetryAfter = new RetryConditionHeaderValue(time.GetUtcNow().AddMinutes(-1));
        using var none = new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);

        Assert.Equal(TimeSpan.Zero, FetchResilience.RetryAfter(past, Max, time));
        Assert.Null(FetchResilience.RetryAfter(none, Max, time));
    }

    [Theory]
    [InlineData(HttpStatusCode.InternalServerError, true)]
    [InlineData(HttpStatusCode.BadGateway, true)]
    [InlineData(HttpStatusCode.ServiceUnavailable, true)]
    [InlineData(HttpStatusCode.GatewayTimeout, true)]
    [InlineData(HttpStatusCode.TooManyRequests, true)]
    [InlineData(HttpStatusCode.RequestTimeout, true)]
    [InlineData(HttpStatusCode.NotImplemented, false)]
    [InlineData(HttpStatusCode.NotFound, false)]
    [InlineData(HttpStatusCode.Forbidden, false)]
    [InlineData(HttpStatusCode.Gone, false)]
    [InlineData(HttpStatusCode.OK, false)]
    public void Only_transient_statuses_are_retried(HttpStatusCode status, bool retried)
    {
        using var response = new HttpResponseMessage(status);

        Assert.Equal(retried, FetchResilience.ShouldRetry(Outcome.FromResult(response)));
    }

    [Fact]
    public void Timeouts_and_connection_errors_are_retried_but_refused_addresses_and_unknown_hosts_are_not()
    {
        var blocked = new HttpRequestException(HttpRequestError.ConnectionError, "x", new BlockedAddressException("h", "loopback"));

        Assert.True(FetchResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new TimeoutRejectedException())));
        Assert.True(FetchResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.ConnectionError))));
        Assert.False(FetchResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(blocked)));
        Assert.False(FetchResilience.ShouldRetry(Outcome.FromException<HttpResponseMessage>(new HttpRequestException(HttpRequestError.NameResolutionError))));
    }

    [Fact]
    public async Task Retries_stop_when_the_total_time_runs_out()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/busy", (HttpContext c) =>
        {
            c.Response.Headers.RetryAfter = "2";
            return Results.StatusCode(503);
        }));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:Timeout"] = "00:00:00.500" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/busy")));

        Assert.Equal(ArticleErrorKind.Timeout, error.Kind);
        // At most the first attempt: on a loaded machine even that one may not reach the server within the 0.5 s.
        Assert.InRange(site.RequestCount("/busy"), 0, 1);
    }
}
