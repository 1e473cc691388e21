using System.Net;
using System.Net.Sockets;
using System.Text;
using Bot.Core.Articles;
using Bot.Core.Articles.Fetching;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Articles.Fetching;

public sealed class SafePageFetcherTests
{
    private const string Page = "<html><head><title>T</title></head><body><p>Hello</p></body></html>";

    [Fact]
    public async Task Fetches_a_page_with_its_type_charset_and_body_and_sends_the_user_agent()
    {
        string? userAgent = null;
        await using var site = await PageServer.StartAsync(app => app.MapGet("/page", (HttpContext c) =>
        {
            userAgent = c.Request.Headers.UserAgent;
            return Results.Text(Page, "text/html; charset=utf-8");
        }));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/page"));

        Assert.Equal(site.Url("/page"), page.Url.AbsoluteUri);
        Assert.Equal("text/html", page.MediaType);
        Assert.Equal("utf-8", page.Charset);
        Assert.True(page.IsHtml);
        Assert.Equal(Page, Encoding.UTF8.GetString(page.Body));
        Assert.StartsWith("ArticleBot/", userAgent);
    }

    [Fact]
    public async Task Follows_absolute_and_relative_redirects_to_the_final_url()
    {
        await using var site = await PageServer.StartAsync(app =>
        {
            app.MapGet("/a", (HttpContext c) => Results.Redirect($"http://127.0.0.1:{c.Connection.LocalPort}/b"));
            app.MapGet("/b", () => Results.Redirect("/c#fragment", permanent: true, preserveMethod: true));
            app.MapGet("/c", () => Results.Text(Page, "text/html"));
        });
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/a"));

        Assert.Equal(site.Url("/c"), page.Url.AbsoluteUri);
        Assert.Equal(1, site.RequestCount("/c"));
    }

    [Fact]
    public async Task A_redirect_loop_is_refused()
    {
        await using var site = await PageServer.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
        });
        using var host = TestFetcher.Build();

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/a")));

        Assert.Equal(ArticleErrorKind.TooManyRedirects, error.Kind);
        Assert.Contains("loop", error.Message);
        Assert.Equal(1, site.RequestCount("/b"));
    }

    [Fact]
    public async Task More_redirects_than_allowed_are_refused()
    {
        await using var site = await PageServer.StartAsync(app =>
            app.MapGet("/r/{n:int}", (int n) => n == 0 ? Results.Text(Page, "text/html") : Results.Redirect($"/r/{n - 1}")));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxRedirects"] = "2" });

        var ok = await host.Fetcher().FetchAsync(site.Url("/r/2"));
        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/r/3")));

        Assert.EndsWith("/r/0", ok.Url.AbsoluteUri);
        Assert.Equal(ArticleErrorKind.TooManyRedirects, error.Kind);
        Assert.Equal("That link redirects more than 2 times.", error.Message);
    }

    [Fact]
    public async Task A_redirect_to_another_scheme_is_an_invalid_url()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/a", () => Results.Redirect("file:///etc/passwd")));
        using var host = TestFetcher.Build();

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/a")));

        Assert.Equal(ArticleErrorKind.InvalidUrl, error.Kind);
    }

    [Fact]
    public async Task A_body_that_trickles_in_times_out_within_the_total_limit()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/slow", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            await c.Response.WriteAsync("<html><body><p>start");
            await c.Response.Body.FlushAsync();
            await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { });
        }));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:Timeout"] = "00:00:00.400" });
        var started = DateTime.UtcNow;

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/slow")));

        Assert.Equal(ArticleErrorKind.Timeout, error.Kind);
        Assert.Equal("The page took longer than 0.4 s to load.", error.Message);
        Assert.InRange(DateTime.UtcNow - started, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(4));
    }

    [Fact]
    public async Task An_attempt_that_gets_no_headers_in_time_is_retried()
    {
        var calls = 0;
        await using var site = await PageServer.StartAsync(app => app.MapGet("/stall", async (HttpContext c) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                await Task.Delay(Timeout.Infinite, c.RequestAborted).ContinueWith(_ => { });
                return Results.Empty;
            }
            return Results.Text(Page, "text/html");
        }));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:AttemptTimeout"] = "00:00:00.300" });

        var page = await host.Fetcher().FetchAsync(site.Url("/stall"));

        Assert.Equal(Page, Encoding.UTF8.GetString(page.Body));
        Assert.Equal(2, site.RequestCount("/stall"));
    }

    [Fact]
    public async Task A_declared_length_over_the_limit_fails_before_reading()
    {
        await using var site = await PageServer.StartAsync(app =>
            app.MapGet("/big", () => Results.Bytes(new byte[5000], "text/plain")));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxBytes"] = "1000" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/big")));

        Assert.Equal(ArticleErrorKind.TooLarge, error.Kind);
        Assert.Equal("The page is larger than 1000 bytes, more than I read.", error.Message);
    }

    [Fact]
    public async Task An_endless_body_without_length_stops_at_the_limit()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/endless", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/plain";
            var chunk = Encoding.ASCII.GetBytes(new string('x', 1024));
            while (!c.RequestAborted.IsCancellationRequested)
            {
                await c.Response.Body.WriteAsync(chunk, c.RequestAborted).AsTask().ContinueWith(_ => { });
            }
        }));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxBytes"] = "20000" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/endless")));

        Assert.Equal(ArticleErrorKind.TooLarge, error.Kind);
    }

    [Fact]
    public async Task A_small_gzip_body_that_inflates_past_the_limit_is_too_large()
    {
        var bomb = Compression.Gzip(new byte[20 * 1024 * 1024]);
        await using var site = await PageServer.StartAsync(app => app.MapGet("/bomb", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers.ContentEncoding = "gzip";
            c.Response.ContentLength = bomb.Length;
            await c.Response.Body.WriteAsync(bomb);
        }));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxBytes"] = "1048576" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/bomb")));

        Assert.True(bomb.Length < 1048576, "the compressed body itself is under the limit");
        Assert.Equal(ArticleErrorKind.TooLarge, error.Kind);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    [InlineData("deflate")]
    public async Task Compressed_bodies_are_decoded(string encoding)
    {
        var html = Encoding.UTF8.GetBytes(Page + new string(' ', 3000) + "<!-- end -->");
        var compressed = Compression.Compress(encoding, html);
        await using var site = await PageServer.StartAsync(app => app.MapGet("/z", async (HttpContext c) =>
        {
            c.Response.ContentType = "text/html";
            c.Response.Headers.ContentEncoding = encoding;
            await c.Response.Body.WriteAsync(compressed);
        }));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/z"));

        Assert.Equal(html, page.Body);
    }

    [Fact]
    public async Task An_image_is_an_unsupported_content_type()
    {
        await using var site = await PageServer.StartAsync(app =>
            app.MapGet("/logo.png", () => Results.Bytes([0x89, 0x50, 0x4E, 0x47], "image/png")));
        using var host = TestFetcher.Build();

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/logo.png")));

        Assert.Equal(ArticleErrorKind.UnsupportedContentType, error.Kind);
        Assert.Equal("That link is image/png, not a web page, text or PDF.", error.Message);
    }

    [Fact]
    public async Task A_body_without_content_type_is_sniffed()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/doc", async (HttpContext c) =>
            await c.Response.Body.WriteAsync("%PDF-1.7\n..."u8.ToArray())));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/doc"));

        Assert.Equal(MediaTypes.Pdf, page.MediaType);
    }

    [Fact]
    public async Task A_404_is_an_http_status_error_and_is_not_retried()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/missing", () => Results.NotFound()));
        using var host = TestFetcher.Build();

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/missing")));

        Assert.Equal(ArticleErrorKind.HttpStatus, error.Kind);
        Assert.Equal(404, error.StatusCode);
        Assert.Equal("The site answered 404 Not Found.", error.Message);
        Assert.Equal(1, site.RequestCount("/missing"));
    }

    [Fact]
    public async Task A_503_is_retried_and_the_next_answer_is_used()
    {
        var calls = 0;
        await using var site = await PageServer.StartAsync(app => app.MapGet("/flaky", () =>
            Interlocked.Increment(ref calls) == 1 ? Results.StatusCode(503) : Results.Text(Page, "text/html")));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/flaky"));

        Assert.Equal(Page, Encoding.UTF8.GetString(page.Body));
        Assert.Equal(2, site.RequestCount("/flaky"));
    }

    [Fact]
    public async Task A_lasting_500_gives_up_after_the_configured_retries()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/down", () => Results.StatusCode(500)));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxRetries"] = "2" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/down")));

        Assert.Equal(500, error.StatusCode);
        Assert.Equal("The site answered 500 Internal Server Error.", error.Message);
        Assert.Equal(3, site.RequestCount("/down"));
    }

    [Fact]
    public async Task A_429_is_retried_after_the_servers_retry_after()
    {
        var calls = 0;
        await using var site = await PageServer.StartAsync(app => app.MapGet("/busy", (HttpContext c) =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                c.Response.Headers.RetryAfter = "1";
                return Results.StatusCode(429);
            }
            return Results.Text(Page, "text/html");
        }));
        using var host = TestFetcher.Build();

        await host.Fetcher().FetchAsync(site.Url("/busy"));

        var times = site.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToArray();
        Assert.Equal(2, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"retried after {times[1] - times[0]}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a link")]
    [InlineData("ftp://example.com/file")]
    [InlineData("file:///etc/passwd")]
    [InlineData("javascript:alert(1)")]
    [InlineData("/relative/path")]
    public async Task Anything_but_an_absolute_http_link_is_an_invalid_url(string url)
    {
        using var host = TestFetcher.Build();

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(url));

        Assert.Equal(ArticleErrorKind.InvalidUrl, error.Kind);
    }

    [Fact]
    public async Task A_closed_port_is_a_connection_failure()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxRetries"] = "0" });

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync($"http://127.0.0.1:{port}/"));

        Assert.Equal(ArticleErrorKind.ConnectionFailed, error.Kind);
    }

    [Fact]
    public async Task An_unknown_host_is_a_dns_failure_and_is_not_retried()
    {
        var resolver = new FakeResolver([]);
        using var host = TestFetcher.Build(resolver: resolver);

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync("http://no-such-host.test/"));

        Assert.Equal(ArticleErrorKind.DnsFailure, error.Kind);
        Assert.Equal(1, resolver.Calls);
    }

    [Fact]
    public async Task Invalid_options_stop_the_host_at_start_naming_the_key()
    {
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:MaxBytes"] = "0" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("MaxBytes", error.Message);
    }
}
