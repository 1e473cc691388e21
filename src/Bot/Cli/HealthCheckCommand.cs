using Bot.Hosting;
using Microsoft.Extensions.Hosting;

namespace Bot.Cli;

/// <summary>
/// <c>healthcheck [--ready] [--url URL]</c>: asks a running bot's <c>/healthz</c> (or <c>/readyz</c>) on
/// <c>Ops:Listen</c>, for a container's HEALTHCHECK where no curl is installed. Exit 0 when it answers 200.
/// </summary>
internal static class HealthCheckCommand
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter errors)
    {
        var baseUrl = command.Get("url") ?? LocalUrl(Listen(command));
        if (baseUrl is null)
        {
            await errors.WriteLineAsync("error: Ops:Listen is not set, so the bot serves no health endpoint; set it or give --url");
            return 2;
        }

        var url = new Uri(new Uri(baseUrl.TrimEnd('/') + "/"), command.Has("ready") ? "readyz" : "healthz");
        using var http = new HttpClient { Timeout = Timeout };
        try
        {
            using var response = await http.GetAsync(url);
            var body = (await response.Content.ReadAsStringAsync()).Trim();
            await (response.IsSuccessStatusCode ? output : errors).WriteLineAsync($"{url}: {(int)response.StatusCode} {body}");
            return response.IsSuccessStatusCode ? 0 : 1;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            await errors.WriteLineAsync($"{url}: no answer ({ex.Message.TrimEnd('.')})");
            return 1;
        }
    }

    private static string? Listen(CommandLine command)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = command.ConfigurationOverrides.ToArray(),
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.AddConfigFiles();
        return builder.Configuration["Ops:Listen"];
    }

    /// <summary>The address to ask from inside the same machine: a wildcard host becomes loopback.</summary>
    internal static string? LocalUrl(string? listen)
    {
        if (string.IsNullOrWhiteSpace(listen))
        {
            return null;
        }

        var schemeEnd = listen.IndexOf("://", StringComparison.Ordinal) + 3;
        var portAt = listen.LastIndexOf(':');
        var host = listen[schemeEnd..portAt];
        var local = host is "+" or "*" or "0.0.0.0" or "[::]" ? "127.0.0.1" : host;
        return listen[..schemeEnd] + local + listen[portAt..];
    }
}
