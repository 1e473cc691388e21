using Bot.Core.Chat;
using Bot.Slack.SocketMode;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace Bot.Slack.Tests;

public sealed class OptionsAndBackoffTests
{
    [Theory]
    [InlineData("xoxb-secret-1", "xoxb-secret-2", "2", "Slack:AppToken")]
    [InlineData("xapp-secret-1", "xoxp-secret-2", "2", "Slack:BotToken")]
    [InlineData("xapp-secret-1", "xoxb-secret-2", "11", "Slack:Connections")]
    public async Task Bad_settings_stop_the_host_naming_the_key_but_not_the_token(string app, string bot, string connections, string key)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = app,
            ["Slack:BotToken"] = bot,
            ["Slack:Connections"] = connections,
        });
        builder.Services.AddSingleton(Mock.Of<IChatRequestHandler>());
        builder.AddSlackAdapter();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_slack_com_and_two_connections()
    {
        var options = new SlackOptions();

        Assert.Equal("https://slack.com/api/", options.ApiBaseUrl.AbsoluteUri);
        Assert.Equal(2, options.Connections);
        Assert.False(options.AutoSummarizes("C1"));
    }

    [Fact]
    public void Backoff_grows_with_jitter_and_is_capped()
    {
        var backoff = new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(42));

        for (var failures = 1; failures <= 12; failures++)
        {
            var ceiling = Math.Min(30, Math.Pow(2, failures - 1));
            var delay = backoff.DelayFor(failures).TotalSeconds;
            Assert.InRange(delay, ceiling / 2, ceiling);
        }

        var samples = Enumerable.Range(0, 20).Select(_ => backoff.DelayFor(10)).Distinct().Count();
        Assert.True(samples > 1, "jitter should vary the delay");
    }
}
