namespace Bot.Core.Quotes;

/// <summary>
/// Links that scroll to and highlight a quote, per the URL Text Fragments spec: <c>url#:~:text=start[,end]</c>.
/// </summary>
public static class TextFragmentLink
{
    /// <summary>Quotes longer than this many words are linked by their first and last few words.</summary>
    public const int MaxWholeWords = 10;
    public const int RangeWords = 4;
    private const int MaxWholeChars = 80;

    /// <summary>The URL with any fragment replaced by a text directive pointing at the quote.</summary>
    public static string Build(string url, string quote)
    {
        var hash = url.IndexOf('#', StringComparison.Ordinal);
        var baseUrl = hash >= 0 ? url[..hash] : url;
        var words = quote.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return baseUrl;
        }

        var whole = string.Join(' ', words);
        var directive = words.Length <= MaxWholeWords && whole.Length <= MaxWholeChars
            ? Encode(whole)
            : Encode(string.Join(' ', words.Take(RangeWords))) + "," + Encode(string.Join(' ', words.TakeLast(RangeWords)));
        return $"{baseUrl}#:~:text={directive}";
    }

    /// <summary>Percent-encodes a text directive part; '-', ',' and '&amp;' are syntax there and are always encoded.</summary>
    public static string Encode(string text) => Uri.EscapeDataString(text).Replace("-", "%2D", StringComparison.Ordinal);
}
