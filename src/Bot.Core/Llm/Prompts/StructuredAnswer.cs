using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI.Chat;

namespace Bot.Core.Llm;

/// <summary>
/// Asks for an answer that follows a JSON schema (OpenAI's response_format json_schema, strict). Settings passed with
/// the arguments replace the prompt's own, so the prompt's settings (temperature, max tokens) are carried over.
/// </summary>
internal static class StructuredAnswer
{
    public static KernelArguments Ask(KernelFunction function, string schemaName, BinaryData schema, KernelArguments arguments)
    {
        var own = function.ExecutionSettings?.GetValueOrDefault(PromptExecutionSettings.DefaultServiceId);
        var settings = (OpenAIPromptExecutionSettings)OpenAIPromptExecutionSettings.FromExecutionSettings(own).Clone();
        settings.ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(schemaName.ToLowerInvariant(), schema, jsonSchemaIsStrict: true);
        return new KernelArguments(arguments, new Dictionary<string, PromptExecutionSettings>
        {
            [PromptExecutionSettings.DefaultServiceId] = settings,
        });
    }
}
