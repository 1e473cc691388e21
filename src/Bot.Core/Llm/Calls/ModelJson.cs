using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Core.Llm;

/// <summary>
/// Finds the JSON in a model answer, forgiving what models do: reasoning blocks, code fences, prose before and after,
/// trailing commas, comments.
/// </summary>
internal static partial class ModelJson
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The first JSON text in the answer that <paramref name="read"/> accepts, read; else null.</summary>
    public static T? Read<T>(string answer, Func<JsonElement, T?> read)
        where T : class
    {
        var text = ModelAnswer.WithoutReasoning(answer);
        var fenced = Fence().Match(text);
        foreach (var json in new[] { fenced.Success ? fenced.Groups["json"].Value : null, Outermost(text, '{', '}'), Outermost(text, '[', ']') })
        {
            if (json is not null && TryRead(json, read) is { } value)
            {
                return value;
            }
        }
        return null;
    }

    /// <summary>A property by any of its names, ignoring case.</summary>
    public static JsonElement? Property(JsonElement element, params string[] names)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        foreach (var property in element.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
    }

    private static T? TryRead<T>(string json, Func<JsonElement, T?> read)
        where T : class
    {
        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            return read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Outermost(string text, char open, char close)
    {
        var start = text.IndexOf(open, StringComparison.Ordinal);
        var end = text.LastIndexOf(close);
        return start >= 0 && end > start ? text[start..(end + 1)] : null;
    }

    [GeneratedRegex(@"```(?:json)?\s*(?<json>.*?)```", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Fence();
}
