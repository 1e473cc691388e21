using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Tests.Articles.Fetching;

/// <summary>A real Kestrel server on 127.0.0.1 (random port) that counts connections and requests.</summary>
internal sealed class LoopbackSite : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _connections;

    private LoopbackSite(WebApplication app) => _app = app;

    public int Port { get; private set; }

    public int Connections => Volatile.Read(ref _connections);

    /// <summary>Every request seen: path and the moment it arrived.</summary>
    public ConcurrentQueue<(string Path, TimeSpan At)> Requests { get; } = new();

    public int RequestCount(string path) => Requests.Count(r => r.Path == path);

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public static async Task<LoopbackSite> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        LoopbackSite? site = null;
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen =>
            listen.Use(next => connection =>
            {
                Interlocked.Increment(ref site!._connections);
                return next(connection);
            })));
        var app = builder.Build();
        site = new LoopbackSite(app);
        var clock = Stopwatch.StartNew();
        app.Use((context, next) =>
        {
            site.Requests.Enqueue((context.Request.Path.Value ?? "", clock.Elapsed));
            return next(context);
        });
        routes(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        site.Port = new Uri(address).Port;
        return site;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await _app.StopAsync(stop.Token);
        await _app.DisposeAsync();
    }
}
