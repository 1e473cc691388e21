using Bot.Core.Diagnostics;
using Bot.Ops.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Ops;

public static class OpsExtensions
{
    /// <summary>The operators' endpoints on <c>Ops:Listen</c> (section <c>Ops</c>; empty: off).</summary>
    public static IHostApplicationBuilder AddOpsEndpoints(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<OpsOptions>()
            .BindConfiguration(OpsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddBotDiagnostics();
        services.AddSingleton<PrometheusExporter>();
        services.AddSingleton<OpsServer>();
        services.AddHostedService(sp => sp.GetRequiredService<OpsServer>());
        return builder;
    }
}
