using System.Text.Json;

namespace Bot.Core.Llm;

/// <summary>A quote as the model proposed it: not yet checked against the article.</summary>
internal sealed record QuoteCandidate(string Text, int? Paragraph);

/// <summary>
/// Reads the quotes JSON out of a model answer (see <see cref="ModelJson"/>), also accepting a bare array instead of
/// {"quotes": [...]} and strings instead of objects.
/// </summary>
internal static class QuoteAnswerParser
{
    /// <summary>The candidates, or null when the answer holds no readable quotes JSON.</summary>
    public static IReadOnlyList<QuoteCandidate>? Parse(string answer) => ModelJson.Read(answer, root => root.ValueKind switch
    {
        JsonValueKind.Array => Candidates(root),
        JsonValueKind.Object when ModelJson.Property(root, "quotes", "results", "items") is { ValueKind: JsonValueKind.Array } q => Candidates(q),
        _ => null,
    });

    /// <summary>The readable candidates of a JSON array of quotes.</summary>
    public static List<QuoteCandidate> Candidates(JsonElement array) =>
        array.EnumerateArray().Select(Candidate).OfType<QuoteCandidate>().ToList();

    private static QuoteCandidate? Candidate(JsonElement item)
    {
        if (item.ValueKind == JsonValueKind.String)
        {
            return Text(item.GetString(), null);
        }
        var text = ModelJson.Property(item, "text", "quote", "span");
        var paragraph = ModelJson.Property(item, "paragraph", "p", "n", "index");
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
}
