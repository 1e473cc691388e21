using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Discord.Rendering;

/// <summary>
/// Makes untrusted plain text (article titles, summaries, quotes) show literally in Discord: markdown markers,
/// line-start constructs and masked links are backslash-escaped, and mentions are broken with a zero-width space.
/// <c>allowed_mentions</c> does the real blocking; this keeps the text from even looking like a ping.
/// </summary>
internal static partial class DiscordMarkdown
{
    private const string ZeroWidthSpace = "\u200b";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text.ReplaceLineEndings("\n"))
        {
            if (ch is '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']')
                builder.Append('\\');
            builder.Append(ch);
        }
        var escaped = LineStart().Replace(builder.ToString(), m => m.Groups[1].Value + "\\" + m.Groups[2].Value);
        escaped = NumberedList().Replace(escaped, m => m.Groups[1].Value + "\\.");
        return NeutraliseMentions(escaped);
    }

    /// <summary>Breaks mentions only, for places that show text without markdown (embed footers).</summary>
    public static string NeutraliseMentions(string text)
    {
        var broken = MentionTag().Replace(text, m => "<" + ZeroWidthSpace + m.Groups[1].Value);
        return MassMention().Replace(broken, m => "@" + ZeroWidthSpace + m.Groups[1].Value);
    }

    /// <summary>A URL we print as a link target: parentheses and spaces encoded so it cannot end a masked link early.</summary>
    public static string LinkTarget(string url) =>
        url.Replace("(", "%28").Replace(")", "%29").Replace(" ", "%20").Replace("<", "%3C").Replace(">", "%3E");

    // Quote, heading, subtext and list markers at the start of a line ('*' bullets are already escaped).
    [GeneratedRegex(@"^([ \t]*)(>>> |> |>$|#{1,3} |-# |- |\+ )", RegexOptions.Multiline)]
    private static partial Regex LineStart();

    [GeneratedRegex(@"^([ \t]*\d+)\.(?= )", RegexOptions.Multiline)]
    private static partial Regex NumberedList();

    // <@id>, <@!id>, <@&id>, <#id>, </command:id>: user, role, channel and command mentions.
    [GeneratedRegex(@"<(@[!&]?|#|/)")]
    private static partial Regex MentionTag();

    [GeneratedRegex(@"@(everyone|here|[!&]?[0-9]{15,21})", RegexOptions.IgnoreCase)]
    private static partial Regex MassMention();
}
