using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Core.Llm;

/// <summary>A quote as the model proposed it: not yet checked against the article.</summary>
internal sealed record QuoteCandidate(string Text, int? Paragraph);

/// <summary>
/// Reads the quotes JSON out of a model answer, forgiving what models do: code fences, prose before and after,
/// trailing commas, a bare array instead of {"quotes": [...]}, strings instead of objects.
/// </summary>
internal static partial class QuoteAnswerParser
{
    private static readonly JsonDocumentOptions Lenient = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    /// <summary>The candidates, or null when the answer holds no readable quotes JSON.</summary>
    public static IReadOnlyList<QuoteCandidate>? Parse(string answer)
    {
        var text = ModelAnswer.WithoutReasoning(answer);
        var fenced = Fence().Match(text);
        foreach (var json in new[] { fenced.Success ? fenced.Groups["json"].Value : null, Outermost(text, '{', '}'), Outermost(text, '[', ']') })
        {
            if (json is not null && TryRead(json) is { } quotes)
            {
                return quotes;
            }
        }
        return null;
    }

    private static List<QuoteCandidate>? TryRead(string json)
    {
        try
        {
            using var document = JsonDocument.Parse(json, Lenient);
            var root = document.RootElement;
            var list = root.ValueKind switch
            {
                JsonValueKind.Array => root,
                JsonValueKind.Object when Property(root, "quotes", "results", "items") is { ValueKind: JsonValueKind.Array } q => q,
                _ => (JsonElement?)null,
            };
            return list?.EnumerateArray().Select(Candidate).OfType<QuoteCandidate>().ToList();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static QuoteCandidate? Candidate(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return Text(item.GetString(), null);
        }
        if (item.ValueKind != JsonValueKind.Object)
        {
            return null;
        }
        var text = Property(item, "text", "quote", "span");
        var paragraph = Property(item, "paragraph", "p", "n", "index");
        int? index = paragraph switch
        {
            { ValueKind: JsonValueKind.Number } p when p.TryGetInt32(out var i) => i,
            { ValueKind: JsonValueKind.String } p when int.TryParse(p.GetString(), out var i) => i,
            _ => null,
        };
        return text is { ValueKind: JsonValueKind.String } t ? Text(t.GetString(), index) : null;
    }

    private static QuoteCandidate? Text(string? text, int? paragraph) =>
        string.IsNullOrWhiteSpace(text) ? null : new QuoteCandidate(UntrustedText.Unescape(text.Trim()), paragraph);

    private static JsonElement? Property(JsonElement element, params string[] names)
    {
        foreach (var property in element.EnumerateObject())
        {
            if (names.Contains(property.Name, StringComparer.OrdinalIgnoreCase))
            {
                return property.Value;
            }
        }
        return null;
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
