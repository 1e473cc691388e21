namespace Bot.Core.Llm;

/// <summary>Where summaries come from; configured as <c>Llm:Provider</c>.</summary>
public enum LlmProvider
{
    None,
    OpenAI,
    AzureOpenAI,
    OpenAICompatible,
}

public static class LlmProviderNames
{
    public const string None = "none";
    public const string OpenAI = "openai";
    public const string AzureOpenAI = "azure-openai";
    public const string OpenAICompatible = "openai-compatible";

    public static bool TryParse(string? value, out LlmProvider provider)
    {
        provider = value?.Trim().ToLowerInvariant() switch
        {
            null or "" or None => LlmProvider.None,
            OpenAI => LlmProvider.OpenAI,
            AzureOpenAI => LlmProvider.AzureOpenAI,
            OpenAICompatible => LlmProvider.OpenAICompatible,
            _ => (LlmProvider)(-1),
        };
        return Enum.IsDefined(provider);
    }

    public static string Name(this LlmProvider provider) => provider switch
    {
        LlmProvider.OpenAI => OpenAI,
        LlmProvider.AzureOpenAI => AzureOpenAI,
        LlmProvider.OpenAICompatible => OpenAICompatible,
        _ => None,
    };
}
