using System.Text;

namespace Bot.Core.Articles.Extraction;

/// <summary>Appends text with every run of whitespace turned into one space.</summary>
internal static class TextCollapse
{
    public static void Append(StringBuilder builder, string text)
    {
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u200B')
            {
                AppendSpace(builder);
            }
            else
            {
                builder.Append(c);
            }
        }
    }

    public static void AppendSpace(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ' && builder[^1] != '\n')
        {
            builder.Append(' ');
        }
    }

    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        Append(builder, text);
        return builder.ToString().Trim();
    }
}
