using System.Text.RegularExpressions;

namespace Bot.Slack.Rendering;

/// <summary>Makes untrusted text safe for Slack: it can style, but never ping, link or break markup.</summary>
internal static partial class Mrkdwn
{
    private const char WordJoiner = '\u2060';

    /// <summary>Escapes &amp; &lt; &gt; (in that order) and defuses plain @here/@channel/@everyone.</summary>
    public static string Escape(string text) =>
        BroadcastWord().Replace(
            text.Replace("&", "&amp;", StringComparison.Ordinal)
                .Replace("<", "&lt;", StringComparison.Ordinal)
                .Replace(">", "&gt;", StringComparison.Ordinal),
            m => $"@{WordJoiner}{m.Groups[1].Value}");

    /// <summary>A link with an escaped label; null when the URL is not http(s).</summary>
    public static string? Link(string url, string label)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            return null;
        }

        var safeUrl = uri.AbsoluteUri
            .Replace(" ", "%20", StringComparison.Ordinal)
            .Replace("|", "%7C", StringComparison.Ordinal)
            .Replace("<", "%3C", StringComparison.Ordinal)
            .Replace(">", "%3E", StringComparison.Ordinal);
        return $"<{safeUrl}|{Escape(label).Replace("|", "\u2758", StringComparison.Ordinal)}>";
    }

    /// <summary>Cuts text to at most <paramref name="max"/> chars, ending with an ellipsis when cut.</summary>
    public static string Truncate(string text, int max) =>
        text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1).TrimEnd(), "…");

    [GeneratedRegex(@"@(here|channel|everyone)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BroadcastWord();
}
