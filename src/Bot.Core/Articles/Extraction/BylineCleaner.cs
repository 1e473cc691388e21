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
            var tail = Tail().Match(text);
            if (tail.Success)
                text = text[..tail.Index];
            text = text.Trim().Trim('/', '-', '–', '—').Trim().TrimEnd(',', ':', ';').Trim();
            if (text.Length > 0)
                return text;
        }
        return null;
    }

    [GeneratedRegex(@"\s*[•·|]\s*")]
    private static partial Regex Separator();

    // "By", "Written by", "Veröffentlicht von"…, in the languages the extractor knows, with an optional colon.
    [GeneratedRegex(
        @"^\s*(?:(?:written|posted|published|geschrieben|veröffentlicht|écrit|publié|escrito|publicado|scritto|pubblicato)\s+)?"
        + @"(?:by|von|par|por|di|da|door|av)\s*:?\s+",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWords();

    // A month name only counts next to a day number, so "Laura June Topolsky" keeps her name.
    [GeneratedRegex(
        @"(?:\s|^)(?:"
        + @"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mei)[a-zéû]*\.?\s+\d{1,2}\b"
        + @"|\d{1,2}\.?\s+(?:de\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|okt|dez|janv|févr|mars|avr|juin|juil|août|sept|déc|ene|abr|ago|dic|gen|mag|giu|lug|set|ott|mei|mayo|junio|julio|enero|febrero|marzo|abril|agosto)[a-zéû]*\b"
        + @"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}"
        + @"|\d{1,2}:\d{2}"
        + @"|(?:updated|published|posted|last\s+updated|aktualisiert|veröffentlicht|mis\s+à\s+jour|publié|actualizado|publicado|aggiornato|pubblicato|bijgewerkt)\b"
        + @"|\d+\s*(?:s|m|h|d|w|min|mins|hrs?|days?)\b"
        + @"|@\w+"
        + @")",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Tail();
}
