using System.Text.Json;

namespace Bot.Core.Llm;

/// <summary>
/// Reads a schema file, so a broken one stops the start with its path rather than failing every call; sent without
/// its indentation, which would cost tokens on every call.
/// </summary>
internal static class JsonSchemaFile
{
    public static BinaryData Read(string path)
    {
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllText(path));
            return document.RootElement.ValueKind == JsonValueKind.Object
                ? BinaryData.FromObjectAsJson(document.RootElement)
                : throw new InvalidOperationException($"The JSON schema {path} is not an object.");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The JSON schema {path} is not valid JSON: {e.Message}", e);
        }
    }
}
