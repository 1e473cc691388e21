using Bot.Core.Articles.Fetching;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Core.Tests.Articles.Fetching;

/// <summary>Builds the fetcher through the real DI registration, with configuration overrides.</summary>
internal static class TestFetcher
{
    public static IHost Build(IReadOnlyDictionary<string, string?>? settings = null, IHostResolver? resolver = null, bool allowPrivate = true)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        var config = new Dictionary<string, string?>
        {
            ["Fetch:AllowPrivateNetworks"] = allowPrivate ? "true" : "false",
            ["Fetch:Timeout"] = "00:00:05",
            ["Fetch:AttemptTimeout"] = "00:00:05",
            ["Fetch:RetryDelay"] = "00:00:00.010",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            config[key] = value;
        }
        builder.Configuration.AddInMemoryCollection(config);
        if (resolver is not null)
        {
            builder.Services.AddSingleton(resolver);
        }
        builder.AddArticleFetching();
        return builder.Build();
    }

    public static IPageFetcher Fetcher(this IHost host) => host.Services.GetRequiredService<IPageFetcher>();
}
