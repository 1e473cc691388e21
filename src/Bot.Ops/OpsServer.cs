using Bot.Core.Diagnostics;
using Bot.Ops.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Ops;

/// <summary>
/// A small Kestrel server on <c>Ops:Listen</c>, beside the bot: <c>/healthz</c> (the process answers), <c>/readyz</c>
/// (every check tagged ready: 200, or 503 with the reasons) and <c>/metrics</c>. A port that cannot be bound is one
/// error line; the bot itself goes on.
/// </summary>
internal sealed class OpsServer(
    IOptions<OpsOptions> options,
    HealthCheckService health,
    PrometheusExporter exporter,
    ILogger<OpsServer> logger) : IHostedService, IAsyncDisposable
{
    private WebApplication? _app;

    /// <summary>The addresses bound (a port 0 resolved), once started.</summary>
    public IReadOnlyList<string> Urls { get; private set; } = [];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var listen = options.Value.Listen;
        if (string.IsNullOrEmpty(listen))
        {
            return;
        }

        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls(listen);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Text("ok\n"));
        app.MapGet("/readyz", ReadyAsync);
        app.MapGet("/metrics", () => Results.Text(exporter.Scrape(), PrometheusExporter.ContentType));
        try
        {
            await app.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or System.Net.Sockets.SocketException)
        {
            logger.LogError("Ops:Listen {Listen} could not be served ({Cause}); /healthz, /readyz and /metrics are off", listen, ex.Message);
            await app.DisposeAsync().ConfigureAwait(false);
            return;
        }

        _app = app;
        Urls = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        logger.LogInformation("Health and metrics on {Urls}", string.Join(", ", Urls));
    }

    private async Task<IResult> ReadyAsync(CancellationToken cancellationToken)
    {
        var report = await health.CheckHealthAsync(
            check => check.Tags.Contains(DiagnosticsServiceCollectionExtensions.ReadyTag), cancellationToken).ConfigureAwait(false);
        return Results.Text(
            ReadinessReport.Write(report),
            statusCode: report.Status == HealthStatus.Healthy ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_app is { } app)
        {
            await app.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is { } app)
        {
            await app.DisposeAsync().ConfigureAwait(false);
        }
    }
}
