using System.Net;
using Bot.Core.Articles;
using Bot.Core.Articles.Fetching;
using Bot.Testing.Pages;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Core.Tests.Articles.Fetching;

/// <summary>With private networks off, every spelling of a non-public address is refused before a byte is sent.</summary>
public sealed class SsrfTests
{
    public static TheoryData<string> BlockedForms() =>
    [
        "http://127.0.0.1:{port}/",
        "http://127.1:{port}/",
        "http://2130706433:{port}/",
        "http://0177.0.0.1:{port}/",
        "http://0x7f.1:{port}/",
        "http://0x7f000001:{port}/",
        "http://[::ffff:7f00:1]:{port}/",
        "http://[::ffff:127.0.0.1]:{port}/",
        "http://[::127.0.0.1]:{port}/",
        "http://[64:ff9b::7f00:1]:{port}/",
        "http://[::1]:{port}/",
        "http://localhost:{port}/",
        "http://localhost.:{port}/",
        "http://LOCALHOST:{port}/",
        "http://app.localhost:{port}/",
        "http://0:{port}/",
        "http://0.0.0.0:{port}/",
        "http://user:pass@127.0.0.1:{port}/",
        "https://127.0.0.1:{port}/",
        "http://10.0.0.1:{port}/",
        "http://172.16.5.4:{port}/",
        "http://192.168.1.1:{port}/",
        "http://100.64.0.1:{port}/",
        "http://169.254.169.254:{port}/latest/meta-data/",
        "http://224.0.0.1:{port}/",
        "http://255.255.255.255:{port}/",
        "http://[fe80::1]:{port}/",
        "http://[fd00::1]:{port}/",
        "http://[ff02::1]:{port}/",
        "http://[::]:{port}/",
        "http://[2001:db8::1]:{port}/",
        "http://[::ffff:a9fe:a9fe]:{port}/",
        "http://[2002:7f00:1::]:{port}/",
    ];

    [Theory]
    [MemberData(nameof(BlockedForms))]
    public async Task A_non_public_address_in_any_spelling_is_refused_with_no_connection(string form)
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/", () => "secret"));
        var resolver = new FakeResolver(new() { ["localhost"] = [IPAddress.Loopback] });
        using var host = TestFetcher.Build(resolver: resolver, allowPrivate: false);

        var error = await Assert.ThrowsAsync<ArticleException>(() =>
            host.Fetcher().FetchAsync(form.Replace("{port}", site.Port.ToString())));

        Assert.Equal(ArticleErrorKind.BlockedAddress, error.Kind);
        Assert.Equal("That link points to a private network address, which I don't fetch.", error.Message);
        Assert.Equal(0, site.Connections);
        Assert.Equal(0, resolver.Calls);
    }

    [Theory]
    [MemberData(nameof(BlockedForms))]
    public void The_host_check_before_connecting_refuses_every_form(string form)
    {
        var policy = new NetworkAddressPolicy(Options.Create(new FetchOptions()));

        Assert.NotNull(policy.CheckHost(FetchUrl.Parse(form.Replace("{port}", "8080"))));
    }

    [Theory]
    [InlineData("http://example.com/")]
    [InlineData("http://8.8.8.8/")]
    [InlineData("http://[2606:4700::1111]/")]
    [InlineData("http://localhost.example.com/")]
    public void The_host_check_lets_public_hosts_through(string url)
    {
        var policy = new NetworkAddressPolicy(Options.Create(new FetchOptions()));

        Assert.Null(policy.CheckHost(FetchUrl.Parse(url)));
    }

    [Fact]
    public async Task A_name_that_resolves_to_loopback_is_refused_at_connect_and_not_retried()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/", () => "secret"));
        var resolver = new FakeResolver(new() { ["rebind.test"] = [IPAddress.Loopback] });
        using var host = TestFetcher.Build(resolver: resolver, allowPrivate: false);

        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync($"http://rebind.test:{site.Port}/"));

        Assert.Equal(ArticleErrorKind.BlockedAddress, error.Kind);
        Assert.Equal(0, site.Connections);
        Assert.Equal(1, resolver.Calls);
    }

    [Fact]
    public async Task An_allowed_address_is_fetched_but_its_redirect_to_another_private_address_is_refused()
    {
        await using var site = await PageServer.StartAsync(app =>
        {
            app.MapGet("/ok", () => Results.Text("<p>intranet</p>", "text/html"));
            app.MapGet("/hop", (HttpContext c) => Results.Redirect($"http://127.0.0.2:{c.Connection.LocalPort}/ok"));
            app.MapGet("/hop-name", (HttpContext c) => Results.Redirect($"http://localhost:{c.Connection.LocalPort}/ok"));
        });
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:AllowHosts:0"] = "127.0.0.1" }, allowPrivate: false);

        var page = await host.Fetcher().FetchAsync(site.Url("/ok"));
        var toAddress = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/hop")));
        var toName = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync(site.Url("/hop-name")));

        Assert.Equal("text/html", page.MediaType);
        Assert.Equal(ArticleErrorKind.BlockedAddress, toAddress.Kind);
        Assert.Equal(ArticleErrorKind.BlockedAddress, toName.Kind);
        Assert.Equal(1, site.RequestCount("/ok")); // the redirect targets were never requested
    }

    [Fact]
    public async Task An_allowed_host_name_is_exempt_but_another_name_on_the_same_address_is_not()
    {
        await using var site = await PageServer.StartAsync(app =>
        {
            app.MapGet("/ok", () => Results.Text("<p>intranet</p>", "text/html"));
            app.MapGet("/hop", (HttpContext c) => Results.Redirect($"http://other.test:{c.Connection.LocalPort}/ok"));
        });
        var resolver = new FakeResolver(new()
        {
            ["wiki.corp.test"] = [IPAddress.Loopback],
            ["other.test"] = [IPAddress.Loopback],
        });
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:AllowHosts:0"] = ".corp.test" }, resolver, allowPrivate: false);

        var page = await host.Fetcher().FetchAsync($"http://wiki.corp.test:{site.Port}/ok");
        var error = await Assert.ThrowsAsync<ArticleException>(() => host.Fetcher().FetchAsync($"http://wiki.corp.test:{site.Port}/hop"));

        Assert.Equal($"http://wiki.corp.test:{site.Port}/ok", page.Url.AbsoluteUri);
        Assert.Equal(ArticleErrorKind.BlockedAddress, error.Kind);
        Assert.Equal(1, site.RequestCount("/ok"));
    }

    [Fact]
    public async Task An_allowed_cidr_range_exempts_its_addresses()
    {
        await using var site = await PageServer.StartAsync(app => app.MapGet("/ok", () => Results.Text("hi", "text/plain")));
        using var host = TestFetcher.Build(new Dictionary<string, string?> { ["Fetch:AllowHosts:0"] = "127.0.0.0/30" }, allowPrivate: false);

        var page = await host.Fetcher().FetchAsync(site.Url("/ok"));

        Assert.True(page.IsPlainText);
    }
}
