using System.Text;
using Bot.Core.Quotes;

namespace Bot.Core.Llm;

/// <summary>
/// Finds where a quote stands in a paragraph, comparing as <see cref="VerbatimText"/> does, and returns the
/// paragraph's own characters (its typographic quotes and dashes), which is what a <see cref="Quote"/> carries.
/// </summary>
internal static class VerbatimSpan
{
    public static string? Find(string paragraph, string quote)
    {
        var needle = VerbatimText.Normalize(quote);
        if (needle.Length == 0)
        {
            return null;
        }

        var (normalized, origin) = NormalizeWithOrigin(paragraph);
        var at = normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var start = origin[at];
        var end = origin[at + needle.Length - 1] + 1;
        return paragraph[start..end];
    }

    /// <summary>The normalised paragraph and, for each of its characters, the index of the character it came from.</summary>
    private static (string Normalized, List<int> Origin) NormalizeWithOrigin(string paragraph)
    {
        var builder = new StringBuilder(paragraph.Length);
        var origin = new List<int>(paragraph.Length);
        var pendingSpace = -1;
        for (var i = 0; i < paragraph.Length; i++)
        {
            var folded = VerbatimText.Normalize(paragraph[i].ToString());
            if (folded.Length == 0)
            {
                if (char.IsWhiteSpace(paragraph[i]) && pendingSpace < 0)
                {
                    pendingSpace = i;
                }
                continue;
            }
            if (pendingSpace >= 0 && builder.Length > 0)
            {
                builder.Append(' ');
                origin.Add(pendingSpace);
            }
            pendingSpace = -1;
            builder.Append(folded);
            origin.AddRange(Enumerable.Repeat(i, folded.Length));
        }
        return (builder.ToString(), origin);
    }
}
