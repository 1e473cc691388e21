using Bot.Cli;
using Bot.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Tests.Support;

/// <summary>
/// The real bot host, built by <see cref="BotProgram"/> from a command line (<c>run --Section:Key=value ...</c>), on a
/// temp SQLite file, with private-network fetching allowed so it can read the loopback page server.
/// </summary>
internal sealed class RunningBot : IAsyncDisposable
{
    private readonly TempDirectory _temp;
    private bool _stopped;

    private RunningBot(IHost host, TempDirectory temp)
    {
        Host = host;
        _temp = temp;
    }

    public IHost Host { get; }

    public string DatabasePath => _temp.File("bot.db");

    public TimeSpan ShutdownTimeout => Host.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

    public static async Task<RunningBot> StartAsync(params string[] overrides)
    {
        var temp = new TempDirectory();
        string[] args =
        [
            "run",
            "--Fetch:AllowPrivateNetworks=true",
            $"--Storage:DatabasePath={temp.File("bot.db")}",
            "--Logging:LogLevel:Default=Warning",
            .. overrides,
        ];
        var command = CommandLine.Parse(args, out var error);
        Assert.Null(error);
        var host = BotProgram.Build(command!, console: null);
        await host.StartAsync();
        return new RunningBot(host, temp);
    }

    /// <summary>Stops the host the way Ctrl+C does, bounded by the host's own shutdown timeout.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }
        _stopped = true;
        await Host.StopAsync();
    }

    public object? Scalar(string sql) => SqliteFile.Scalar(DatabasePath, sql);

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        _temp.Dispose();
    }
}
