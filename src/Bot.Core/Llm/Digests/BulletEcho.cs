using System.Text.RegularExpressions;
using Bot.Core.Quotes;

namespace Bot.Core.Llm;

/// <summary>
/// Whether a quote only repeats a summary bullet: one holds the other, or most of the quote's words (of three letters
/// or more) stand in a single bullet, as when the model turned a sentence into a bullet and quoted it too.
/// </summary>
internal static partial class BulletEcho
{
    private const double SharedWords = 0.7;

    public static bool Repeats(string quote, IReadOnlyList<string> bullets)
    {
        var text = VerbatimText.Normalize(quote);
        var words = Words(quote);
        return bullets.Any(bullet =>
        {
            var normalized = VerbatimText.Normalize(bullet);
            if (normalized.Length > 0 && (normalized.Contains(text, StringComparison.Ordinal) || text.Contains(normalized, StringComparison.Ordinal)))
            {
                return true;
            }
            var bulletWords = Words(bullet);
            return words.Count > 0 && words.Count(bulletWords.Contains) >= SharedWords * words.Count;
        });
    }

    private static HashSet<string> Words(string text) =>
        Word().Matches(text.ToLowerInvariant()).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"[\p{L}\p{N}]{3,}")]
    private static partial Regex Word();
}
