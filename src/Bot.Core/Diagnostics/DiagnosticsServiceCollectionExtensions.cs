using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Bot.Core.Diagnostics;

public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary><see cref="BotMetrics"/> on the host's <c>IMeterFactory</c>, and the health-check service every
    /// store and adapter adds its readiness check to (tag <see cref="ReadyTag"/>). Safe to call more than once.</summary>
    public static IServiceCollection AddBotDiagnostics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        services.AddHealthChecks();
        return services;
    }

    /// <summary>Checks with this tag decide <c>/readyz</c>: the store is reachable, each configured adapter connected.</summary>
    public const string ReadyTag = "ready";
}
