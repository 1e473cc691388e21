using System.Text;
using System.Text.RegularExpressions;
using Bot.Core.Storage;

namespace Bot.Core.Chat.Links;

/// <summary>Finds the http(s) links in a chat message: plain URLs, Slack's <c>&lt;url|label&gt;</c> and
/// <c>&lt;url&gt;</c>, Discord's <c>&lt;url&gt;</c>, and markdown <c>[label](url)</c>.</summary>
public static partial class LinkFinder
{
    /// <summary>The links in order of appearance, each once (compared without fragment, case of scheme and host
    /// ignored), at most <paramref name="max"/>. Slack mentions and specials (<c>&lt;@U1&gt;</c>, <c>&lt;#C1|x&gt;</c>,
    /// <c>&lt;!here&gt;</c>) and other schemes (<c>mailto:</c>, <c>javascript:</c>) are skipped.</summary>
    public static IReadOnlyList<Uri> Find(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfNegative(max);
        if (max == 0 || text.Length == 0)
        {
            return [];
        }

        // Delimited forms first; their spans are blanked so their labels and targets are not read again as plain text.
        var found = new List<(int Index, string Url)>();
        var rest = new StringBuilder(text);
        TakeDelimited(AngleToken(), text, rest, found, m => DecodeSlackEntities(m.Groups["target"].Value));
        TakeDelimited(MarkdownLink(), rest.ToString(), rest, found, m => m.Groups["target"].Value);
        foreach (Match match in PlainUrl().Matches(rest.ToString()))
        {
            found.Add((match.Index, UrlTrimmer.Trim(match.Value, LeadingWrapper(rest, match.Index))));
        }

        var links = new List<Uri>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, candidate) in found.OrderBy(f => f.Index))
        {
            if (TryParseHttp(candidate, out var uri) && seen.Add(UrlKey.Normalize(uri)!))
            {
                links.Add(uri);
                if (links.Count == max)
                {
                    break;
                }
            }
        }

        return links;
    }

    private static void TakeDelimited(
        Regex pattern, string input, StringBuilder rest, List<(int, string)> found, Func<Match, string> target)
    {
        foreach (Match match in pattern.Matches(input))
        {
            found.Add((match.Index, target(match).Trim()));
            for (var i = match.Index; i < match.Index + match.Length; i++)
            {
                rest[i] = ' ';
            }
        }
    }

    private static bool TryParseHttp(string candidate, out Uri uri) =>
        Uri.TryCreate(candidate, UriKind.Absolute, out uri!)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0
        && candidate.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    // Markdown emphasis or spoiler marks right before a plain URL (`**https://x**`, `||https://x||`).
    private static string LeadingWrapper(StringBuilder text, int index)
    {
        var start = index;
        while (start > 0 && UrlTrimmer.IsWrapperMark(text[start - 1]))
        {
            start--;
        }

        return text.ToString(start, index - start);
    }

    // Slack escapes &, < and > in message text, also inside link targets.
    private static string DecodeSlackEntities(string value) =>
        value.Replace("&lt;", "<").Replace("&gt;", ">").Replace("&amp;", "&");

    /// <summary>&lt;target&gt; or &lt;target|label&gt;: Slack links, mentions, specials; Discord suppressed-embed links, mentions, emoji.</summary>
    [GeneratedRegex(@"<(?<target>[^<>|\s]+)(?:\|[^<>]*)?>")]
    private static partial Regex AngleToken();

    /// <summary>[label](target) and [label](target "title"), one level of parentheses in the target.
    /// ([label](&lt;target&gt;) needs no case: the angle pass has taken the target already.)</summary>
    [GeneratedRegex("""\[[^\[\]\n]*\]\(\s*(?<target>(?:[^\s()]|\([^\s()]*\))+)(?:\s+"[^"\n]*")?\s*\)""")]
    private static partial Regex MarkdownLink();

    /// <summary>http(s):// not glued to a word, up to white space, angle brackets, quotes, backticks, or CJK
    /// punctuation (which is written without a space after a URL).</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}])https?://[^\s<>""`「」『』【】〈〉《》（）。、，！？：；]+", RegexOptions.IgnoreCase)]
    private static partial Regex PlainUrl();
}
