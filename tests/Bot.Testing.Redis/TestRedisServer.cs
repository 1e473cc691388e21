using System.Net;
using System.Net.Sockets;
using Garnet;

namespace Bot.Testing.Redis;

/// <summary>
/// A real Redis-protocol server on loopback for tests: Microsoft Garnet started in this process on a free port, or,
/// when <c>ARTICLEBOT_TEST_REDIS</c> names one (<c>127.0.0.1:6390</c>), an external server such as Redis 7 (CI runs
/// the store tests once more that way). Each test takes its own key prefix, so tests never see each other's keys.
/// </summary>
public sealed class TestRedisServer : IDisposable
{
    public const string ExternalVariable = "ARTICLEBOT_TEST_REDIS";

    private readonly string? _password;
    private GarnetServer? _garnet;
    private int _prefixes;

    private TestRedisServer(string endpoint, string? password, GarnetServer? garnet)
    {
        Endpoint = endpoint;
        _password = password;
        _garnet = garnet;
    }

    /// <summary>host:port of the server.</summary>
    public string Endpoint { get; }

    /// <summary>Whether this is an in-process Garnet, which a test may stop and start again.</summary>
    public bool InProcess => _garnet is not null || Environment.GetEnvironmentVariable(ExternalVariable) is not { Length: > 0 };

    /// <summary>The StackExchange.Redis configuration string for <c>Storage:Redis</c>.</summary>
    public string ConfigurationString => _password is null ? Endpoint : $"{Endpoint},password={_password}";

    /// <summary>The external server when the variable is set, else a new Garnet.</summary>
    public static TestRedisServer Start(string? password = null)
    {
        var external = Environment.GetEnvironmentVariable(ExternalVariable);
        return external is { Length: > 0 } && password is null
            ? new TestRedisServer(external, null, null)
            : StartGarnet(password);
    }

    /// <summary>An in-process Garnet whatever the environment says (for tests that stop the server).</summary>
    public static TestRedisServer StartGarnet(string? password = null)
    {
        var port = FreePort();
        return new TestRedisServer($"127.0.0.1:{port}", password, Launch(port, password));
    }

    /// <summary>A fresh key prefix, so one test never sees another's keys on a shared server.</summary>
    public string NewPrefix() => $"test{Environment.ProcessId}-{Interlocked.Increment(ref _prefixes)}-{Guid.NewGuid():N}:";

    /// <summary>Kills the server (every connection drops), as a crash would.</summary>
    public void Stop()
    {
        var garnet = _garnet ?? throw new InvalidOperationException("only an in-process Garnet can be stopped");
        _garnet = null;
        garnet.Dispose();
    }

    /// <summary>Starts the server again on the same port (empty, as a restarted cache would be).</summary>
    public void Restart()
    {
        if (_garnet is not null)
        {
            throw new InvalidOperationException("the server is running");
        }
        _garnet = Launch(int.Parse(Endpoint[(Endpoint.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture), _password);
    }

    public void Dispose()
    {
        _garnet?.Dispose();
        _garnet = null;
    }

    private static GarnetServer Launch(int port, string? password)
    {
        string[] args = ["--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--lua",
            // Each script runs as one step, as on Redis: without this Garnet lets two sessions' scripts interleave.
            "--lua-transaction-mode", "true"];
        if (password is not null)
        {
            args = [.. args, "--auth", "Password", "--password", password];
        }

        // A port just released may still be in use for a moment; a few tries cover it.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var server = new GarnetServer(args);
                server.Start();
                return server;
            }
            catch (Exception) when (attempt < 20)
            {
                Thread.Sleep(100);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
