namespace Bot.Core.Articles.Extraction;

/// <summary>Removes the site-name suffix from a document title: "Story | Site", "Story - Site", "Story — Site".</summary>
internal static class TitleCleaner
{
    private static readonly string[] Separators = [" | ", " - ", " – ", " — ", " :: ", " » ", " · ", " / ", " \\ "];
    private const int MinWordsLeft = 5;

    public static string Clean(string title, string? siteName)
    {
        title = TextCollapse.Normalize(title);
        var (cut, separator) = LastSeparator(title);
        if (cut < 0)
        {
            return title;
        }
        var head = title[..cut].Trim();
        var tail = title[(cut + separator.Length)..].Trim();
        var tailIsSite = siteName is not null && (string.Equals(tail, siteName.Trim(), StringComparison.OrdinalIgnoreCase)
            || TitleSimilarity.Similar(tail, siteName));
        return tailIsSite || WordCount(head) >= MinWordsLeft ? head : title;
    }

    private static (int Index, string Separator) LastSeparator(string title)
    {
        var best = (-1, "");
        foreach (var separator in Separators)
        {
            var index = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (index > best.Item1)
            {
                best = (index, separator);
            }
        }
        return best;
    }

    private static int WordCount(string text) => WordCounter.Count(text);
}
