using System.Net;
using System.Net.Sockets;
using Bot.Cli;
using Bot.Core.Articles.Fetching;
using Bot.Hosting;
using Bot.Testing.Logging;
using Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Tests;

/// <summary>In the terminal the reply is the message: a failure caused by the link prints the friendly error alone,
/// with no log line and no stack trace (the retries of the resilience pipeline included); --verbose shows them.</summary>
public sealed class QuietFailureTests : PagesAndTempFolder
{
    private string[] SlowFetch => [
        "--Fetch:AllowPrivateNetworks=true", "--Fetch:Timeout=00:00:04", "--Fetch:AttemptTimeout=00:00:01",
        "--Fetch:RetryDelay=00:00:00.05", $"--Storage:DatabasePath={Temp.File("bot.db")}"];

    [Fact]
    public async Task A_page_that_times_out_prints_only_the_friendly_error()
    {
        var run = await CliProcess.RunAsync(Temp.Path, ["summarize", Pages.Url("/slow"), .. SlowFetch]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: The page took longer than 4 s to load.\n", run.Errors);
        Assert.Equal("", run.Output);
        Assert.True(Pages.RequestCount("/slow") >= 2, "the fetch was retried, quietly");
    }

    [Fact]
    public async Task With_verbose_the_retries_and_the_cause_are_shown()
    {
        var run = await CliProcess.RunAsync(Temp.Path, ["summarize", Pages.Url("/slow"), "--verbose", .. SlowFetch]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Polly", run.Errors, StringComparison.Ordinal);
        Assert.Contains("failed: timeout", run.Errors, StringComparison.Ordinal);
        Assert.EndsWith("error: The page took longer than 4 s to load.\n", run.Errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_host_that_does_not_resolve_prints_only_the_friendly_error_and_is_logged_at_information()
    {
        var quiet = await SummarizeUnknownHostAsync();
        var verbose = await SummarizeUnknownHostAsync("--verbose");

        Assert.Equal(1, quiet.ExitCode);
        Assert.Equal("error: I couldn't find that site: its name does not resolve.", quiet.Errors.Trim());
        Assert.Empty(quiet.Logs.Entries);
        Assert.Contains(verbose.Logs.Entries, e => e.Level == LogLevel.Information && e.Message.Contains("unknown_host", StringComparison.Ordinal));
        Assert.DoesNotContain(verbose.Logs.Entries, e => e.Level >= LogLevel.Warning);
    }

    /// <summary>The real host with a resolver that knows no name, and a log listener under the same filters as the terminal.</summary>
    private async Task<(int ExitCode, string Errors, ListLoggerProvider Logs)> SummarizeUnknownHostAsync(params string[] options)
    {
        var logs = new ListLoggerProvider();
        var command = CommandLine.Parse(
            ["summarize", "https://no-such-host.example/story", $"--Storage:DatabasePath={Temp.File("bot.db")}", .. options], out _)!;
        var errors = new StringWriter();

        var exitCode = await BotProgram.RunAsync(command, new StringWriter(), errors, configure: builder =>
        {
            builder.Services.AddSingleton<IHostResolver>(new NoSuchHost());
            builder.Logging.AddProvider(logs);
        }).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, errors.ToString(), logs);
    }

    private sealed class NoSuchHost : IHostResolver
    {
        public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken) =>
            Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
