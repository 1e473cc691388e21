namespace Bot.Core.Text;

/// <summary>Character classes the splitter and tokenizer share.</summary>
internal static class CharClasses
{
    /// <summary>Han, kana and hangul: scripts written without spaces between words.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u3040' and <= '\u30FF'
        or >= '\u3400' and <= '\u4DBF'
        or >= '\u4E00' and <= '\u9FFF'
        or >= '\uF900' and <= '\uFAFF'
        or >= '\uAC00' and <= '\uD7AF';

    /// <summary>Sentence ends of CJK scripts; no space follows them.</summary>
    public static bool IsCjkTerminator(char c) => c is '。' or '！' or '？' or '｡';

    public static bool IsLatinTerminator(char c) => c is '.' or '!' or '?' or '…' or '‼' or '⁇' or '⁈' or '⁉';

    /// <summary>
    /// Quotes and brackets that may close a sentence after its terminator; “ and ‘ close German quotations („…“).
    /// </summary>
    public static bool IsCloser(char c) =>
        c is '"' or '\'' or ')' or ']' or '}' or '»' or '›' or '«' or '\u2019' or '\u201D' or '\u201C' or '\u2018' or '」' or '』' or '）' or '】' or '〕' or '》' or '〉';

    /// <summary>Opening brackets of CJK text, inside which 。 does not end the outer sentence.</summary>
    public static bool IsCjkOpener(char c) => c is '「' or '『' or '（' or '【' or '〔' or '《' or '〈';

    public static bool IsCjkCloser(char c) => c is '」' or '』' or '）' or '】' or '〕' or '》' or '〉';

    public static bool IsOpener(char c) =>
        c is '"' or '\'' or '(' or '[' or '{' or '«' or '‹' or '\u2018' or '\u201C' or '\u201E' || IsCjkOpener(c);
}
