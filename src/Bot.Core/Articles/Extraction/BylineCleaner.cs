using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Reduces a byline taken from the page to the names. Pages often print the author, the date and more in one element
/// ("29. Juni 2017 · von Tobi", "John Walk - January 10, 2020 - 4312 words"): of the parts between dots and bars,
/// the first that still holds something once its leading "By"/"Von"/"Par"… and everything from its first date,
/// time, "Updated …" or handle on are gone.
/// </summary>
internal static partial class BylineCleaner
{
    public static string? Clean(string? byline)
    {
        if (byline is null)
            return null;
        foreach (var part in Separator().Split(byline))
        {
            var text = LeadingWords().Replace(part, "");
            text = text[..TailStart(text)];
            text = text.Trim().Trim('/', '-', '–', '—').Trim().TrimEnd(',', ':', ';').Trim();
            if (text.Length > 0)
                return text;
        }
        return null;
    }

    /// <summary>Where the first date, time, stamp word or handle begins; the text's length when there is none.</summary>
    private static int TailStart(string text)
    {
        var start = Tail().Match(text) is { Success: true } tail ? tail.Index : text.Length;
        // A month name only counts next to a day number ("Apr 16", "12. März", "6 de mayo"), so "Laura June Topolsky"
        // keeps her name.
        var words = Word().Matches(text);
        for (var i = 0; i < words.Count && words[i].Index < start; i++)
        {
            if (!DateLines.IsCalendarName(words[i].Value))
                continue;
            var next = i + 1 < words.Count && words[i + 1].Value == "de" ? i + 2 : i + 1;
            var before = i > 0 && words[i - 1].Value == "de" ? i - 2 : i - 1;
            if (next < words.Count && IsDayNumber(words[next].Value))
                return words[i].Index;
            if (before >= 0 && IsDayNumber(words[before].Value))
                return words[before].Index;
        }
        return start;
    }

    private static bool IsDayNumber(string word) => word.Length <= 2 && char.IsAsciiDigit(word[0]);

    [GeneratedRegex(@"\p{L}+|\d+")]
    private static partial Regex Word();

    [GeneratedRegex(@"\s*[•·|]\s*")]
    private static partial Regex Separator();

    // "By", "Written by", "Veröffentlicht von"…, in the languages the extractor knows, with an optional colon.
    [GeneratedRegex(
        @"^\s*(?:(?:written|posted|published|geschrieben|veröffentlicht|écrit|publié|escrito|publicado|scritto|pubblicato)\s+)?"
        + @"(?:by|von|par|por|di|da|door|av)\s*:?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    // Numeric dates, times, stamp words, ages ("• 8h") and handles; month names are found by TailStart.
    [GeneratedRegex(
        @"(?:\s|^)(?:"
        + @"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
        + @"|\d{1,2}:\d{2}"
        + @"|(?:updated|published|posted|last\s+updated|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt)\b"
        + @"|\d+\s*(?:s|m|h|d|w|min|mins|hrs?|days?)\b"
        + @"|@\w+"
        + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
