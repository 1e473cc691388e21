using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Testing.Pages;

/// <summary>
/// A real web server on 127.0.0.1 (random port) serving the routes a test maps; it counts connections and records
/// every request, which a test can also await.
/// </summary>
public sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<string> _arrivals = Channel.CreateUnbounded<string>();
    private int _connections;

    private PageServer(WebApplication app) => _app = app;

    public int Port { get; private set; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Every request seen: path and the moment it arrived.</summary>
    public ConcurrentQueue<(string Path, TimeSpan At)> Requests { get; } = new();

    public int RequestCount(string path) => Requests.Count(r => r.Path == path);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    /// <summary>Waits for the next request to <paramref name="path"/> (requests to other paths are skipped).</summary>
    public async Task NextRequestAsync(string path, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(10));
        while (await _arrivals.Reader.ReadAsync(cts.Token) != path)
        {
        }
    }

    public static async Task<PageServer> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        PageServer? server = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            listen.Use(next => connection =>
            {
                Interlocked.Increment(ref server!._connections);
                return next(connection);
            })));
        var app = builder.Build();
        server = new PageServer(app);
        var clock = Stopwatch.StartNew();
        app.Use((context, next) =>
        {
            var path = context.Request.Path.Value ?? "";
            server.Requests.Enqueue((path, clock.Elapsed));
            server._arrivals.Writer.TryWrite(path);
            return next(context);
        });
        routes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        server.Port = new Uri(address).Port;
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
