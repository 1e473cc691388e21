using Bot.Cli;
using Bot.Hosting;
using Bot.Testing.Redis;
using Bot.Tests.Support;

namespace Bot.Tests.ScaleOut;

/// <summary>The store a user configures: a wrong provider, password or server ends in one line, an absent server does not.</summary>
public sealed class StoreConfigurationTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private async Task<(int ExitCode, string Output, string Errors)> ExtractAsync(params string[] storage)
    {
        var page = _temp.File("page.txt");
        await File.WriteAllTextAsync(page, "# Harbour news\n\nThe council approved the dunes on Tuesday after a long debate.\n");
        var command = CommandLine.Parse(["extract", page, $"--Storage:DatabasePath={_temp.File("bot.db")}", .. storage], out var error);
        Assert.Null(error);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exitCode = await BotProgram.RunAsync(command!, output, errors).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, output.ToString(), errors.ToString());
    }

    [Fact]
    public async Task An_unknown_provider_is_one_configuration_error()
    {
        var (exitCode, _, errors) = await ExtractAsync("--Storage:Provider=mongo");

        Assert.Equal(2, exitCode);
        Assert.Equal("configuration error: Storage: The field Provider must be sqlite or redis.", errors.Trim());
    }

    [Fact]
    public async Task A_wrong_redis_password_is_one_storage_error_without_the_password()
    {
        using var redis = TestRedisServer.StartGarnet(password: "the-right-one");

        var (exitCode, _, errors) = await ExtractAsync("--Storage:Provider=redis", $"--Storage:Redis={redis.Endpoint},password=not-it");

        Assert.Equal(2, exitCode);
        var line = Assert.Single(errors.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"storage error: Storage:Redis: {redis.Endpoint} refused the credentials", line);
        Assert.DoesNotContain("not-it", line);
    }

    [Fact]
    public async Task With_no_redis_server_the_command_still_works()
    {
        using var redis = TestRedisServer.StartGarnet();
        redis.Stop();

        var (exitCode, output, _) = await ExtractAsync("--Storage:Provider=redis", $"--Storage:Redis={redis.Endpoint},connectTimeout=500");

        // The one warning naming the cause goes to the log (see RedisTroubleTests); the command's own output is intact.
        Assert.Equal(0, exitCode);
        Assert.Contains("Harbour news", output);
    }
}
