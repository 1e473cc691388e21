using System.Text.Json;
using Bot.Cli;
using Bot.Hosting;
using Bot.Testing.Pages;
using Bot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Tests.EndToEnd;

/// <summary>Hostile pages through the real fetch path: a loopback server, the guarded client, the verbs' host.</summary>
public sealed class HostilePageEndToEndTests : IAsyncLifetime
{
    private readonly TempDirectory _temp = new();
    private PageServer _pages = null!;

    public async Task InitializeAsync() => _pages = await PageServer.StartAsync(app =>
    {
        app.MapGet("/hostile/{name}", (string name) => Results.Bytes(HostilePages.Get(name).Build(), "text/html"));
        app.MapGet("/stalls", async (HttpContext context) =>
        {
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.WriteAsync("<html><body><p>" + HostilePages.Paragraph, context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            await Task.Delay(TimeSpan.FromSeconds(30), context.RequestAborted);
        });
    });

    public async Task DisposeAsync()
    {
        await _pages.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }

    [Fact]
    public async Task Extract_reads_a_million_nested_divs_served_over_http()
    {
        var result = await RunAsync("extract", _pages.Url("/hostile/divs-1m-deep"), "--jsonl");

        Assert.Equal(0, result.ExitCode);
        var line = JsonDocument.Parse(result.Output).RootElement;
        Assert.Contains(HostilePages.Marker, line.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("lists-1m-deep")]
    [InlineData("unclosed-b")]
    [InlineData("misnested-formatting")]
    public async Task Summarize_answers_a_hostile_page_with_a_digest_or_one_clear_error(string name)
    {
        var result = await RunAsync("summarize", _pages.Url("/hostile/" + name), "--json");

        if (result.ExitCode == 0)
        {
            Assert.Contains("Harbour engineers", result.Output);
        }
        else
        {
            Assert.Equal(1, result.ExitCode);
            Assert.StartsWith("error: ", result.Errors);
            Assert.Single(result.Errors.Trim().Split('\n'));
        }
    }

    [Fact]
    public async Task A_page_that_takes_longer_than_the_read_timeout_is_answered_with_too_long()
    {
        var result = await RunAsync("summarize", _pages.Url("/stalls"), "--Fetch:ReadTimeout=00:00:00.500");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("error: That page took too long to read.", result.Errors.Trim());
    }

    private async Task<(int ExitCode, string Output, string Errors)> RunAsync(params string[] args)
    {
        var command = CommandLine.Parse([.. args, "--Fetch:AllowPrivateNetworks=true", $"--Storage:DatabasePath={_temp.File("bot.db")}"], out var error);
        Assert.Null(error);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await BotProgram.RunAsync(command!, output, errors).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, output.ToString(), errors.ToString());
    }
}
