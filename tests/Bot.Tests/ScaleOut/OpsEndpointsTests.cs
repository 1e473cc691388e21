using System.Net;
using System.Text.RegularExpressions;
using Bot.Cli;
using Bot.Ops;
using Bot.Testing.Slack;
using Microsoft.Extensions.DependencyInjection;

namespace Bot.Tests.ScaleOut;

/// <summary>/healthz, /readyz and /metrics of two running instances, through a store outage and back.</summary>
public sealed class OpsEndpointsTests : IAsyncLifetime
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };
    private TwoInstances _two = null!;

    public async Task InitializeAsync() => _two = await TwoInstances.StartAsync("--Ops:Listen=http://127.0.0.1:0");

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _two.DisposeAsync();
    }

    private string OpsUrl(int bot, string path) =>
        _two.Bots[bot].Host.Services.GetRequiredService<OpsServer>().Urls.First().TrimEnd('/') + path;

    private async Task<(HttpStatusCode Status, string Body)> GetAsync(int bot, string path)
    {
        using var response = await _http.GetAsync(OpsUrl(bot, path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task<(HttpStatusCode Status, string Body)> ReadinessBecomesAsync(int bot, HttpStatusCode wanted)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            var answer = await GetAsync(bot, "/readyz");
            if (answer.Status == wanted || DateTime.UtcNow > deadline)
            {
                return answer;
            }
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task Readiness_turns_503_with_the_reason_while_the_store_is_down_and_back_when_it_returns()
    {
        var (status, body) = await ReadinessBecomesAsync(0, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Matches(@"storage: Healthy - Redis at 127\.0\.0\.1:\d+", body);
        Assert.Contains("slack: Healthy - Slack Socket Mode: 1 of 1 connections up", body);
        Assert.Equal((HttpStatusCode.OK, "ok\n"), await GetAsync(1, "/healthz"));

        _two.Redis.Stop();
        (status, body) = await ReadinessBecomesAsync(1, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.StartsWith("not ready\n", body);
        Assert.Contains("storage: Unhealthy - Redis at ", body);
        Assert.Contains("this instance runs on its own memory", body);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(1, "/healthz")).Status);

        _two.Redis.Restart();
        (status, body) = await ReadinessBecomesAsync(1, HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("storage: Healthy", body);
        var metrics = (await GetAsync(1, "/metrics")).Body;
        Assert.Contains("articlebot_reconnects_total{component=\"redis\"} 1", metrics);
    }

    [Fact]
    public async Task Metrics_count_requests_by_kind_and_outcome_with_latency_fetches_and_cache_lookups()
    {
        var link = $"<{_two.Pages.Url("/climate")}>";
        await _two.Sockets[0].SendAsync(SlackFrames.Event("env-m1", "EvM1", SlackFrames.Mention("1700000003.000100", $"<@UBOT> {link}")));
        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);
        await _two.Sockets[0].SendAsync(SlackFrames.Event("env-m2", "EvM2", SlackFrames.Mention("1700000003.000200", $"<@UBOT> {link}", channel: "C2")));
        await _two.Slack.NextCallAsync("chat.update", TwoInstances.ReplyTimeout);

        var (status, text) = await GetAsync(0, "/metrics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("# TYPE articlebot_requests_total counter", text);
        Assert.Contains("articlebot_requests_total{kind=\"summarize\",outcome=\"ok\"} 2", text);
        Assert.Contains("# TYPE articlebot_reply_duration_seconds histogram", text);
        Assert.Contains("articlebot_reply_duration_seconds_count{kind=\"summarize\",outcome=\"ok\"} 2", text);
        Assert.Contains("articlebot_reply_duration_seconds_bucket{kind=\"summarize\",outcome=\"ok\",le=\"+Inf\"} 2", text);
        Assert.Contains("articlebot_fetch_duration_seconds_count{outcome=\"ok\"} 1", text);
        Assert.Matches(@"articlebot_fetch_bytes_total [1-9]\d{2,}", text);
        Assert.Contains("articlebot_cache_lookups_total{cache=\"article\",result=\"hit\"} 1", text);
        Assert.Contains("articlebot_cache_lookups_total{cache=\"article\",result=\"miss\"} 1", text);
        Assert.Contains("articlebot_work_queued 0", text);
        // The other instance handled nothing: hosts in one process keep their own meters.
        Assert.DoesNotContain("articlebot_requests_total", (await GetAsync(1, "/metrics")).Body);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(1, "/metrics")).Status);
    }

    [Fact]
    public async Task The_healthcheck_verb_asks_the_running_bot_and_exits_by_its_answer()
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var url = OpsUrl(0, "");

        Assert.Equal(0, await HealthCheckCommand.RunAsync(CommandLine.Parse(["healthcheck", "--url", url], out _)!, output, errors));
        Assert.Contains("/healthz: 200 ok", output.ToString());

        _two.Redis.Stop();
        await ReadinessBecomesAsync(0, HttpStatusCode.ServiceUnavailable);
        Assert.Equal(1, await HealthCheckCommand.RunAsync(CommandLine.Parse(["healthcheck", "--ready", "--url", url], out _)!, output, errors));
        Assert.Contains("/readyz: 503 not ready", errors.ToString());
        Assert.Equal(2, await HealthCheckCommand.RunAsync(CommandLine.Parse(["healthcheck"], out _)!, output, errors));
        Assert.Equal("http://127.0.0.1:8080", HealthCheckCommand.LocalUrl("http://+:8080"));
    }
}
