using System.Text;

namespace Bot.Rendering;

internal static class TerminalText
{
    /// <summary>Drops C0/C1 control characters but line breaks and tabs: page text must not drive the terminal
    /// (escape sequences can clear it, retitle it or set the clipboard).</summary>
    public static string Safe(string text)
    {
        if (!text.Any(IsUnsafe))
        {
            return text;
        }
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsUnsafe(c))
            {
                kept.Append(c);
            }
        }
        return kept.ToString();
    }

    private static bool IsUnsafe(char c) => char.IsControl(c) && c is not ('\n' or '\r' or '\t');
}
