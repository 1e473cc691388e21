namespace Bot.Core.Chat.Links;

/// <summary>Cuts what prose put after a plain URL: sentence punctuation, closing brackets and quotes that the URL
/// did not open, and markdown marks that wrap it.</summary>
internal static class UrlTrimmer
{
    private const string TrailingPunctuation = ".,;:!?'\"…。、，！？；：";
    private const string Opening = "([{（「『“‘«";
    private const string Closing = ")]}）」』”’»";

    internal static bool IsWrapperMark(char c) => c is '*' or '_' or '~' or '|';

    internal static string Trim(string url, string leadingWrapper)
    {
        // Closing brackets not yet matched by an opening one, per bracket kind; updated as characters are cut.
        var unmatched = new int[Closing.Length];
        foreach (var c in url)
        {
            if (Closing.IndexOf(c) is var close and >= 0)
            {
                unmatched[close]++;
            }
            else if (Opening.IndexOf(c) is var open and >= 0)
            {
                unmatched[open]--;
            }
        }

        var end = url.Length;
        int before;
        do
        {
            before = end;
            if (leadingWrapper.Length > 0 && url.AsSpan(0, end).EndsWith(leadingWrapper))
            {
                end -= leadingWrapper.Length;
            }

            while (end > 0 && (TrailingPunctuation.Contains(url[end - 1]) || url[end - 1] is '*' or '~' or '|'))
            {
                end--;
            }

            if (end > 0 && Closing.IndexOf(url[end - 1]) is var kind and >= 0 && unmatched[kind] > 0)
            {
                unmatched[kind]--;
                end--;
            }
        }
        while (end != before);

        return url[..end];
    }
}
