using System.Text.RegularExpressions;

namespace Bot.Core.Quotes.Offline;

/// <summary>Recognises direct speech in quotation marks and statements attributed to someone.</summary>
public static partial class SpeechDetector
{
    private const int MinQuotedWords = 4;

    /// <summary>Speech in quotation marks of at least a few words, or a sentence opening a multi-sentence quote.</summary>
    public static bool HasQuotedSpeech(string sentence)
    {
        foreach (Match match in QuotedSpan().Matches(sentence))
        {
            if (Articles.WordCounter.Count(match.Groups["inner"].Value) >= MinQuotedWords)
            {
                return true;
            }
        }
        var trimmed = sentence.TrimStart();
        return trimmed.Length > 0 && IsOpeningQuote(trimmed[0]) && Articles.WordCounter.Count(trimmed) >= MinQuotedWords;
    }

    /// <summary>"…, she said", "according to", "told reporters", and the like in German, French, Spanish, Italian, Portuguese and Dutch.</summary>
    public static bool IsAttributed(string sentence) => Attribution().IsMatch(sentence);

    /// <summary>The text inside each pair of quotation marks: start offset within the sentence and length.</summary>
    public static IEnumerable<(int Start, int Length)> QuotedSpans(string sentence)
    {
        foreach (Match match in QuotedSpan().Matches(sentence))
        {
            var inner = match.Groups["inner"];
            yield return (inner.Index, inner.Length);
        }
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '「' or '『';

    // „…“ (German) closes with the mark English opens with.
    [GeneratedRegex("[\"\u201C\u201E\u00AB「『](?<inner>[^\"\u201C\u201D\u201E\u00AB\u00BB「」『』]{12,})[\"\u201D\u201C\u00BB」』]", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedSpan();

    [GeneratedRegex(@"\b(said|says|say|told|tells|added|adds|explained|explains|wrote|writes|argued|argues|stated|states|noted|notes|asked|asks|warned|warns|insisted|claimed|claims|announced|recalled|recalls|according to|in a statement|sagte|sagt|sagten|erklärte|erklärt|betonte|betont|meinte|meint|warnte|kritisierte|zufolge|laut|a déclaré|a dit|a expliqué|a affirmé|explique|affirme|estime|selon|dijo|afirmó|explicó|aseguró|declaró|señaló|según|ha detto|ha dichiarato|ha spiegato|ha affermato|spiega|secondo|disse|afirmou|explicou|declarou|segundo|zei|zegt|verklaarde|aldus|volgens)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Attribution();
}
