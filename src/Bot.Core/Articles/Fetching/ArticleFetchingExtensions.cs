using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Core.Articles.Fetching;

public static class ArticleFetchingExtensions
{
    /// <summary>Registers <see cref="IPageFetcher"/> with its options (section <c>Fetch</c>, validated on start),
    /// the address policy, and the guarded, resilient HTTP client.</summary>
    public static IHostApplicationBuilder AddArticleFetching(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<FetchOptions>()
            .BindConfiguration(FetchOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IHostResolver, DnsHostResolver>();
        services.TryAddSingleton<NetworkAddressPolicy>();
        services.TryAddSingleton<GuardedConnector>();

        services.AddHttpClient<IPageFetcher, SafePageFetcher>(SafePageFetcher.ClientName, client =>
            {
                client.Timeout = Timeout.InfiniteTimeSpan;
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<IOptions<FetchOptions>>().Value;
                var connector = provider.GetRequiredService<GuardedConnector>();
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectCallback = connector.ConnectAsync,
                    ConnectTimeout = options.AttemptTimeout,
                    UseProxy = false,
                    UseCookies = false,
                    MaxResponseHeadersLength = 64,
                    PooledConnectionIdleTimeout = TimeSpan.FromSeconds(30),
                };
            })
            .AddResilienceHandler("fetch", (pipeline, context) =>
            {
                var options = context.ServiceProvider.GetRequiredService<IOptions<FetchOptions>>().Value;
                FetchResilience.Configure(pipeline, options, context.ServiceProvider.GetRequiredService<TimeProvider>());
            });
        return builder;
    }
}
