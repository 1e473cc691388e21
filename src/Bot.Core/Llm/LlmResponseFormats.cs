namespace Bot.Core.Llm;

/// <summary>The values of <c>Llm:ResponseFormat</c>.</summary>
public static class LlmResponseFormats
{
    public const string Auto = "auto";
    public const string JsonSchema = "json-schema";
    public const string None = "none";

    public static bool IsKnown(string? value) =>
        string.IsNullOrWhiteSpace(value) || value.Trim().ToLowerInvariant() is Auto or JsonSchema or None;

    internal static bool UsesJsonSchema(string? value, LlmProvider provider) => value?.Trim().ToLowerInvariant() switch
    {
        JsonSchema => true,
        None => false,
        _ => provider is LlmProvider.OpenAI or LlmProvider.AzureOpenAI,
    };
}
