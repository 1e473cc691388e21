namespace Bot.Core.Text;

/// <summary>
/// Splits a paragraph into sentences and keeps each one's exact span, so quotes can be cut verbatim from the source.
/// Handles abbreviations, decimals, initials, ellipses, closing quotes and brackets, and CJK sentence marks.
/// </summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<TextSpan> Split(string paragraph)
    {
        var sentences = new List<TextSpan>();
        var start = SkipWhitespace(paragraph, 0);
        var cjkDepth = 0;
        var i = start;
        while (i < paragraph.Length)
        {
            var c = paragraph[i];
            if (CharClasses.IsCjkOpener(c))
            {
                cjkDepth++;
            }
            else if (CharClasses.IsCjkCloser(c) && cjkDepth > 0)
            {
                cjkDepth--;
            }

            int end;
            if (CharClasses.IsCjkTerminator(c) && cjkDepth == 0)
            {
                end = SkipClosers(paragraph, SkipTerminators(paragraph, i));
            }
            else if (CharClasses.IsLatinTerminator(c) && TryLatinEnd(paragraph, start, i, out end))
            {
            }
            else if (c == '\n' && (IsBlankLine(paragraph, i) || StartsListItem(paragraph, i)))
            {
                end = i;
            }
            else
            {
                i++;
                continue;
            }

            Add(sentences, paragraph, start, end);
            start = SkipWhitespace(paragraph, end);
            cjkDepth = 0;
            i = start;
        }

        Add(sentences, paragraph, start, paragraph.Length);
        return sentences;
    }

    private static bool TryLatinEnd(string text, int sentenceStart, int terminator, out int end)
    {
        var afterMarks = SkipTerminators(text, terminator);
        end = SkipSpacedGuillemet(text, SkipClosers(text, afterMarks));
        if (end < text.Length && !char.IsWhiteSpace(text[end]))
        {
            return false; // 3.14, example.com, U.S.A, "wait…what"
        }

        var next = SkipWhitespace(text, end);
        if (next >= text.Length)
        {
            return true;
        }

        var nextChar = FirstWordChar(text, next);
        if (char.IsLower(nextChar))
        {
            return false; // "e.g. the", "“Why?” she asked", "… and then"
        }

        var isSinglePeriod = text[terminator] == '.' && afterMarks == terminator + 1;
        return !isSinglePeriod || PeriodEndsSentence(text, sentenceStart, terminator, next, nextChar);
    }

    private static bool PeriodEndsSentence(string text, int sentenceStart, int period, int next, char nextChar)
    {
        var wordStart = period;
        while (wordStart > sentenceStart && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text[wordStart..period].ToLowerInvariant();
        if (word.Length == 0)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(text[wordStart]) && word != "i")
        {
            return false; // an initial: J. R. R. Tolkien
        }

        if (word.All(char.IsDigit) && wordStart == sentenceStart)
        {
            return false; // a list number: "1. First step"
        }

        if (word.Length <= 3 && word.All(char.IsDigit) && Abbreviations.IsOrdinalContext(PreviousWord(text, sentenceStart, wordStart), NextWord(text, next)))
        {
            return false; // a German ordinal or date: "am 31. Mai", "im 19. Jahrhundert"
        }

        if (Abbreviations.IsNeverFinal(word))
        {
            return false;
        }

        if (char.IsDigit(nextChar) && Abbreviations.IsBeforeNumber(word))
        {
            return false;
        }

        if (IsInitialism(word))
        {
            // U.S., a.m.: a sentence ends only when a typical sentence opener follows.
            return Abbreviations.IsSentenceStarter(NextWord(text, next));
        }

        return true;
    }

    private static string PreviousWord(string text, int sentenceStart, int wordStart)
    {
        var end = wordStart;
        while (end > sentenceStart && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        var start = end;
        while (start > sentenceStart && char.IsLetter(text[start - 1]))
        {
            start--;
        }
        return text[start..end].ToLowerInvariant();
    }

    private static bool IsInitialism(string word) =>
        word.Contains('.') && word.Split('.').All(part => part.Length is > 0 and <= 2 && part.All(char.IsLetter));

    private static string NextWord(string text, int index)
    {
        while (index < text.Length && CharClasses.IsOpener(text[index]))
        {
            index++;
        }
        var end = index;
        while (end < text.Length && char.IsLetter(text[end]))
        {
            end++;
        }
        return text[index..end].ToLowerInvariant();
    }

    private static char FirstWordChar(string text, int index)
    {
        while (index < text.Length && CharClasses.IsOpener(text[index]))
        {
            index++;
        }
        return index < text.Length ? text[index] : ' ';
    }

    private static int SkipTerminators(string text, int index)
    {
        while (index < text.Length && (CharClasses.IsLatinTerminator(text[index]) || CharClasses.IsCjkTerminator(text[index])))
        {
            index++;
        }
        return index;
    }

    /// <summary>French sets a space before a closing guillemet: "C'est fini. »" ends after the guillemet.</summary>
    private static int SkipSpacedGuillemet(string text, int index)
    {
        var j = index;
        while (j < text.Length && j - index < 2 && text[j] is ' ' or '\u00A0' or '\u202F')
        {
            j++;
        }
        return j > index && j < text.Length && text[j] is '»' or '›' ? SkipClosers(text, j) : index;
    }

    private static int SkipClosers(string text, int index)
    {
        while (index < text.Length && CharClasses.IsCloser(text[index]))
        {
            index++;
        }
        return index;
    }

    private static int SkipWhitespace(string text, int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return index;
    }

    /// <summary>A line that opens with a list marker: a list kept in one block by line breaks.</summary>
    private static bool StartsListItem(string text, int newline)
    {
        var j = newline + 1;
        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }
        return ListMarker.LengthAt(text, j) > 0;
    }

    private static bool IsBlankLine(string text, int newline)
    {
        for (var j = newline + 1; j < text.Length && char.IsWhiteSpace(text[j]); j++)
        {
            if (text[j] == '\n')
            {
                return true;
            }
        }
        return false;
    }

    private static void Add(List<TextSpan> sentences, string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }
        if (end > start)
        {
            sentences.Add(new TextSpan(start, end - start, text[start..end]));
        }
    }
}
