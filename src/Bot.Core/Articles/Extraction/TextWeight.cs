namespace Bot.Core.Articles.Extraction;

/// <summary>
/// The length of a text in Latin-letter equivalents: a Chinese, Japanese or Korean character carries about as much as
/// a short word, so it counts three, and length thresholds mean the same in every script.
/// </summary>
internal static class TextWeight
{
    private const int WideWeight = 3;

    public static int Of(string text)
    {
        var weight = 0;
        foreach (var c in text)
        {
            weight += IsWide(c) ? WideWeight : 1;
        }
        return weight;
    }

    private static bool IsWide(char c) =>
        c is >= '\u3040' and <= '\u30FF' // kana
            or >= '\u3400' and <= '\u9FFF' // CJK ideographs
            or >= '\uAC00' and <= '\uD7AF' // Hangul syllables
            or >= '\uF900' and <= '\uFAFF';
}
