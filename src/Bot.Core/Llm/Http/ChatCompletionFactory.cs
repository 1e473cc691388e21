using Microsoft.Extensions.Logging;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.AzureOpenAI;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Bot.Core.Llm;

/// <summary>
/// Builds Semantic Kernel's own chat-completion connector for the configured provider, on an HttpClient from
/// IHttpClientFactory. With a custom HttpClient the connectors switch off the SDK's own retries and timeout,
/// so the client's resilience handler is the only one.
/// </summary>
internal static class ChatCompletionFactory
{
    public static IChatCompletionService Create(LlmOptions options, HttpClient httpClient, ILoggerFactory loggerFactory)
    {
        var apiKey = options.ResolveApiKey();
        switch (options.ProviderKind)
        {
            case LlmProvider.AzureOpenAI:
                return new AzureOpenAIChatCompletionService(
                    options.Deployment!, options.Endpoint!, apiKey!, options.Model, httpClient, loggerFactory,
                    string.IsNullOrWhiteSpace(options.ApiVersion) ? null : options.ApiVersion);
            case LlmProvider.OpenAI when string.IsNullOrWhiteSpace(options.Endpoint):
                return new OpenAIChatCompletionService(options.Model!, apiKey!, httpClient: httpClient, loggerFactory: loggerFactory);
            case LlmProvider.OpenAI or LlmProvider.OpenAICompatible:
#pragma warning disable SKEXP0010 // the custom-endpoint constructor is what OpenAI-compatible servers need
                return new OpenAIChatCompletionService(
                    options.Model!, new Uri(options.Endpoint!), apiKey, httpClient: httpClient, loggerFactory: loggerFactory);
#pragma warning restore SKEXP0010
            default:
                throw new InvalidOperationException("Llm:Provider is none; no chat completion service is configured.");
        }
    }

    /// <summary>The connector maps api-version strings to SDK versions and rejects the rest; check that at start.</summary>
    public static bool IsSupportedAzureApiVersion(string apiVersion)
    {
        try
        {
            _ = new AzureOpenAIChatCompletionService("probe", "https://localhost", "probe", apiVersion: apiVersion);
            return true;
        }
        catch (NotSupportedException)
        {
            return false;
        }
    }
}
