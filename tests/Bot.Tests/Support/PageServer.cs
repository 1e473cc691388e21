using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Bot.Tests.Support;

/// <summary>A real web server on loopback serving the pages a test links to.</summary>
internal sealed class PageServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PageServer(WebApplication app) => _app = app;

    public string Url(string path) => _app.Urls.First().TrimEnd('/') + path;

    public static async Task<PageServer> StartAsync(Action<WebApplication> routes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        routes(app);
        await app.StartAsync();
        return new PageServer(app);
    }

    public static Task<PageServer> StartWithArticlesAsync() => StartAsync(app =>
    {
        app.MapGet("/climate", () => Results.Content(TestPages.ClimateArticle, "text/html; charset=utf-8"));
        app.MapGet("/missing", () => Results.NotFound());
        app.MapGet("/cookie-wall", () => Results.Content(TestPages.CookieWall, "text/html"));
        app.MapGet("/image", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png"));
    });

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
