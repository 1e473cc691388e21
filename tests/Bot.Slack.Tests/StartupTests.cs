namespace Bot.Slack.Tests;

public sealed class StartupTests
{
    [Fact]
    public async Task Refused_bot_token_stops_the_adapter_but_not_the_host()
    {
        await using var h = await SlackHarness.StartAsync(prepare: slack =>
            slack.Script("auth.test", 200, """{"ok":false,"error":"invalid_auth"}"""));

        await Samples.Eventually(() => h.Logs.Lines.Any(l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("invalid_auth", StringComparison.Ordinal)), "critical log");

        Assert.Empty(h.Slack.CallsTo("apps.connections.open"));
    }

    [Fact]
    public async Task Transient_auth_failure_is_retried_before_connecting()
    {
        await using var h = await SlackHarness.StartAsync(prepare: slack => slack.Script("auth.test", 503, "unavailable"));

        var socket = await h.Slack.NextSocketAsync(TimeSpan.FromSeconds(10));
        await socket.SendHelloAsync();

        Assert.Equal(2, h.Slack.CallsTo("auth.test").Count);
    }
}
