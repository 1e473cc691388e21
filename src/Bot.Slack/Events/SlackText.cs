using System.Text.RegularExpressions;

namespace Bot.Slack.Events;

/// <summary>Reading text that came from Slack (already mrkdwn: links as &lt;url|label&gt;, entities encoded).</summary>
internal static partial class SlackText
{
    public static string StripMention(string text, string userId) =>
        string.IsNullOrEmpty(userId)
            ? text.Trim()
            : Regex.Replace(text, $@"<@{Regex.Escape(userId)}(\|[^>]*)?>", " ").Trim();

    public static bool Mentions(string text, string userId) =>
        !string.IsNullOrEmpty(userId) && text.Contains($"<@{userId}", StringComparison.Ordinal);

    /// <summary>The first http(s) link, from Slack's &lt;url|label&gt; notation or a bare URL.</summary>
    public static string? FirstUrl(string text)
    {
        var match = SlackLink().Match(text);
        if (!match.Success)
        {
            match = BareUrl().Match(text);
        }

        return match.Success ? match.Groups[1].Value.Replace("&amp;", "&", StringComparison.Ordinal) : null;
    }

    [GeneratedRegex(@"<(https?://[^>|\s]+)(?:\|[^>]*)?>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SlackLink();

    [GeneratedRegex(@"(https?://[^\s<>|]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BareUrl();
}
