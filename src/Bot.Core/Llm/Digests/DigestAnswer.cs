using System.Text.Json;

namespace Bot.Core.Llm;

/// <summary>What one digest call answered: bullets, and quotes not yet checked against the article.</summary>
internal sealed record DigestAnswer(IReadOnlyList<string> Bullets, IReadOnlyList<QuoteCandidate> Quotes);

/// <summary>A digest answer, or what is wrong with it (said to the model in the repair call).</summary>
internal sealed record DigestReading(DigestAnswer? Answer, string? Problem);

/// <summary>
/// Reads {"bullets": [...], "quotes": [...]} out of a model answer. Both fields must be there, and at least one bullet;
/// anything else is a problem worth one repair.
/// </summary>
internal static class DigestAnswerParser
{
    public static DigestReading Parse(string answer, int maxBullets) =>
        ModelJson.Read(answer, root => root.ValueKind == JsonValueKind.Object ? Read(root, maxBullets) : null)
        ?? new DigestReading(null, "it is not a JSON object");

    private static DigestReading Read(JsonElement root, int maxBullets)
    {
        var bullets = ModelJson.Property(root, "bullets", "summary") is { ValueKind: JsonValueKind.Array } array
            ? array.EnumerateArray()
                .Where(b => b.ValueKind == JsonValueKind.String)
                .Select(b => UntrustedText.Unescape(b.GetString()!.Trim().TrimStart('-', '*', '•', ' ')))
                .Where(b => b.Length > 0)
                .Take(maxBullets)
                .ToList()
            : null;
        var quotes = ModelJson.Property(root, "quotes") is { ValueKind: JsonValueKind.Array } list
            ? QuoteAnswerParser.Candidates(list)
            : null;
        return (bullets, quotes) switch
        {
            (null or { Count: 0 }, _) => new DigestReading(null, "the field \"bullets\" is missing or empty"),
            (_, null) => new DigestReading(null, "the field \"quotes\" is missing"),
            _ => new DigestReading(new DigestAnswer(bullets, quotes), null),
        };
    }
}
