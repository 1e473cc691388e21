using System.Text.RegularExpressions;

namespace Bot.Core.Summaries.Offline;

/// <summary>Tells whole, readable sentences from fragments: headings, captions, labels, links, shouting.</summary>
public static partial class SentenceShape
{
    /// <summary>A sentence that can stand alone as a bullet or a quote of at most <paramref name="maxLength"/> characters.</summary>
    public static bool IsWholeSentence(string text, int maxLength)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > maxLength || !EndsLikeSentence(trimmed))
        {
            return false;
        }

        var cjk = trimmed.Count(Text.CharClasses.IsCjk);
        var words = Articles.WordCounter.Count(trimmed);
        if (cjk > 0 ? cjk < 8 : words < 6)
        {
            return false;
        }

        var first = trimmed.FirstOrDefault(char.IsLetterOrDigit);
        if (char.IsLower(first))
        {
            return false; // a fragment cut from a longer sentence
        }

        return !IsShouting(trimmed) && !IsCaption(trimmed) && !IsMostlyLink(trimmed, words);
    }

    private static bool EndsLikeSentence(string text)
    {
        var end = text.Length - 1;
        while (end > 0 && Text.CharClasses.IsCloser(text[end]))
        {
            end--;
        }
        return Text.CharClasses.IsLatinTerminator(text[end]) || Text.CharClasses.IsCjkTerminator(text[end]);
    }

    private static bool IsShouting(string text)
    {
        var letters = text.Count(char.IsLetter);
        return letters >= 5 && !text.Any(char.IsLower) && text.Any(char.IsUpper);
    }

    private static bool IsCaption(string text) => CaptionPattern().IsMatch(text);

    private static bool IsMostlyLink(string text, int words)
    {
        var links = LinkPattern().Matches(text);
        var linkWords = links.Sum(m => Articles.WordCounter.Count(m.Value));
        return links.Count > 0 && linkWords * 2 >= words;
    }

    [GeneratedRegex(@"^\(?(photo|image|picture|pictured|credit|source|figure|fig\.|caption|illustration|video|graphic|file photo|getty images|reuters|ap photo)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CaptionPattern();

    [GeneratedRegex(@"(https?://|www\.)\S+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
