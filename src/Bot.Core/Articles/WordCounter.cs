namespace Bot.Core.Articles;

/// <summary>Counts words the way readers do: whitespace-separated runs, and each CJK character as one word.</summary>
public static class WordCounter
{
    public static int Count(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            if (IsCjk(c))
            {
                words++;
                inWord = false;
            }
            else if (char.IsWhiteSpace(c))
            {
                inWord = false;
            }
            else if (!inWord)
            {
                words++;
                inWord = true;
            }
        }
        return words;
    }

    private static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF' // kana
        or >= '\u3400' and <= '\u4DBF'
        or >= '\u4E00' and <= '\u9FFF'
        or >= '\uAC00' and <= '\uD7AF'; // hangul syllables
}
