using System.Text;

namespace Bot.Core.Quotes;

/// <summary>
/// The one definition of "word for word": texts are compared after folding whitespace runs to one space,
/// typographic quotes to ASCII quotes, dashes to '-', and '…' to "...". Nothing else is forgiven.
/// </summary>
public static class VerbatimText
{
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\u00AD')
            {
                // Soft hyphens and zero-width spaces are invisible: drop them; whitespace collapses.
                pendingSpace |= c is not ('\u200B' or '\u00AD');
                continue;
            }

            if (pendingSpace && builder.Length > 0)
            {
                builder.Append(' ');
            }
            pendingSpace = false;
            AppendFolded(builder, c);
        }
        return builder.ToString();
    }

    private static void AppendFolded(StringBuilder builder, char c)
    {
        switch (c)
        {
            case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u00B4' or '`':
                builder.Append('\'');
                break;
            case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                builder.Append('"');
                break;
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212':
                builder.Append('-');
                break;
            case '\u2026':
                builder.Append("...");
                break;
            default:
                builder.Append(c);
                break;
        }
    }
}
