using System.ComponentModel.DataAnnotations;

namespace Bot.Core.Llm;

/// <summary>The rules that depend on the provider; each message names the key to fix.</summary>
internal static class LlmOptionsRules
{
    public static IEnumerable<ValidationResult> Check(LlmOptions options)
    {
        if (!LlmProviderNames.TryParse(options.Provider, out var provider))
        {
            yield return Error(
                $"Llm:Provider '{options.Provider}' is unknown; use none, openai, azure-openai or openai-compatible.",
                nameof(LlmOptions.Provider));
            yield break;
        }
        if (provider == LlmProvider.None)
        {
            yield break;
        }

        if (!LlmResponseFormats.IsKnown(options.ResponseFormat))
        {
            yield return Error(
                $"Llm:ResponseFormat '{options.ResponseFormat}' is unknown; use auto, json-schema or none.",
                nameof(LlmOptions.ResponseFormat));
        }
        if (PromptDirectory.Find(options.PromptsPath) is null)
        {
            yield return Error(
                $"Llm:PromptsPath '{options.PromptsPath}' was not found (relative paths are tried against the app and the current directory).",
                nameof(LlmOptions.PromptsPath));
        }
        if (!string.IsNullOrWhiteSpace(options.Endpoint) && !IsHttpUrl(options.Endpoint))
        {
            yield return Error($"Llm:Endpoint must be an absolute http(s) URL.", nameof(LlmOptions.Endpoint));
        }
        if (string.IsNullOrWhiteSpace(options.ApiKey) && !string.IsNullOrWhiteSpace(options.ApiKeyFile)
            && !File.Exists(options.ApiKeyFile))
        {
            yield return Error($"Llm:ApiKeyFile '{options.ApiKeyFile}' does not exist.", nameof(LlmOptions.ApiKeyFile));
        }

        var hasKey = !string.IsNullOrWhiteSpace(options.ApiKey) || !string.IsNullOrWhiteSpace(options.ApiKeyFile);
        var missing = provider switch
        {
            LlmProvider.OpenAI => Missing(
                (string.IsNullOrWhiteSpace(options.Model), "Llm:Model"),
                (!hasKey, "Llm:ApiKey (or Llm:ApiKeyFile)")),
            LlmProvider.OpenAICompatible => Missing(
                (string.IsNullOrWhiteSpace(options.Endpoint), "Llm:Endpoint"),
                (string.IsNullOrWhiteSpace(options.Model), "Llm:Model")),
            _ => Missing(
                (string.IsNullOrWhiteSpace(options.Endpoint), "Llm:Endpoint"),
                (string.IsNullOrWhiteSpace(options.Deployment), "Llm:Deployment"),
                (!hasKey, "Llm:ApiKey (or Llm:ApiKeyFile)")),
        };
        foreach (var key in missing)
        {
            yield return Error($"{key} is required when Llm:Provider is {provider.Name()}.", key.Split(' ')[0]);
        }

        if (provider == LlmProvider.AzureOpenAI && !string.IsNullOrWhiteSpace(options.ApiVersion)
            && !ChatCompletionFactory.IsSupportedAzureApiVersion(options.ApiVersion))
        {
            yield return Error(
                $"Llm:ApiVersion '{options.ApiVersion}' is not supported by the Azure OpenAI connector.",
                nameof(LlmOptions.ApiVersion));
        }
    }

    private static IEnumerable<string> Missing(params (bool IsMissing, string Key)[] checks) =>
        checks.Where(c => c.IsMissing).Select(c => c.Key);

    private static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https";

    private static ValidationResult Error(string message, string member) => new(message, [member]);
}
