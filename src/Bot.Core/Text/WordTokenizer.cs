namespace Bot.Core.Text;

/// <summary>
/// Lower-case word tokens: runs of Unicode letters and digits (inner apostrophes kept, a trailing "'s" dropped);
/// runs of CJK characters become overlapping bigrams, since those scripts do not separate words.
/// </summary>
public static class WordTokenizer
{
    public static List<string> Tokenize(string text)
    {
        var tokens = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (CharClasses.IsCjk(c))
            {
                i = AddCjkRun(text, i, tokens);
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = AddWord(text, i, tokens);
            }
            else
            {
                i++;
            }
        }
        return tokens;
    }

    private static int AddWord(string text, int start, List<string> tokens)
    {
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (char.IsLetterOrDigit(c) && !CharClasses.IsCjk(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                end++;
            }
            else if (IsApostrophe(c) && end + 1 < text.Length && char.IsLetter(text[end + 1]) && !CharClasses.IsCjk(text[end + 1]))
            {
                end++;
            }
            else
            {
                break;
            }
        }

        var word = text[start..end].ToLowerInvariant().Replace('\u2019', '\'');
        if (word.EndsWith("'s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }
        tokens.Add(word);
        return end;
    }

    private static int AddCjkRun(string text, int start, List<string> tokens)
    {
        var end = start;
        while (end < text.Length && CharClasses.IsCjk(text[end]))
        {
            end++;
        }

        if (end - start == 1)
        {
            tokens.Add(text[start].ToString());
        }
        for (var i = start; i + 1 < end; i++)
        {
            tokens.Add(text.Substring(i, 2));
        }
        return end;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '\u2019';
}
