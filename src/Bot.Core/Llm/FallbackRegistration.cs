using Microsoft.Extensions.DependencyInjection;

namespace Bot.Core.Llm;

/// <summary>
/// The LLM summarizer and quote finder replace the offline ones, which stay available as their fallbacks under the
/// key <see cref="ServiceKey"/>: registered keyed by their own feature, or re-registered keyed here.
/// </summary>
public static class FallbackRegistration
{
    public const string ServiceKey = "offline";

    internal static void KeepAsFallback<T>(IServiceCollection services)
        where T : class
    {
        if (services.Any(d => d.ServiceType == typeof(T) && d.IsKeyedService && Equals(d.ServiceKey, ServiceKey)))
        {
            return;
        }
        var existing = services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)
            ?? throw new InvalidOperationException(
                $"Register the offline {typeof(T).Name} (keyed \"{ServiceKey}\" or as the default) before AddLlmSummaries: it answers when the LLM cannot.");
        services.Add(AsKeyed(existing));
    }

    private static ServiceDescriptor AsKeyed(ServiceDescriptor descriptor) => descriptor switch
    {
        { ImplementationInstance: { } instance } => new ServiceDescriptor(descriptor.ServiceType, ServiceKey, instance),
        { ImplementationFactory: { } factory } =>
            new ServiceDescriptor(descriptor.ServiceType, ServiceKey, (sp, _) => factory(sp), descriptor.Lifetime),
        _ => new ServiceDescriptor(descriptor.ServiceType, ServiceKey, descriptor.ImplementationType!, descriptor.Lifetime),
    };
}
