namespace Bot.Core.Articles.Extraction;

/// <summary>Compares a heading with the title by their words, ignoring case and punctuation.</summary>
internal static class TitleSimilarity
{
    public static bool Similar(string a, string b)
    {
        var left = Words(a);
        var right = Words(b);
        if (left.Count == 0 || right.Count == 0)
        {
            return false;
        }
        var shared = left.Count(right.Contains);
        return shared >= left.Count * 0.75 && shared >= right.Count * 0.6;
    }

    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                words.Add(text[start..i]);
                start = -1;
            }
        }
        return words;
    }
}
