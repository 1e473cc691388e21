using System.Text;

namespace Bot.Core.Llm;

/// <summary>
/// Text from outside (the article, a chat user's topic) goes into prompts escaped, so it cannot close the delimiter
/// it sits in (&lt;article&gt;…&lt;/article&gt;) or open a tag of its own.
/// </summary>
internal static class UntrustedText
{
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                _ => builder.Append(c),
            };
        }
        return builder.ToString();
    }

    /// <summary>Undoes <see cref="Escape"/> on text the model copied out of the article.</summary>
    public static string Unescape(string text) =>
        text.Contains('&', StringComparison.Ordinal)
            ? text.Replace("&lt;", "<", StringComparison.Ordinal)
                .Replace("&gt;", ">", StringComparison.Ordinal)
                .Replace("&amp;", "&", StringComparison.Ordinal)
            : text;
}
