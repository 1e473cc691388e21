using System.Collections.Frozen;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Reads class, id and role for hints about what a container holds. Words are matched as whole tokens of the
/// class/id (split on anything that is not a letter or digit, and on camelCase), so "ad" never matches "head".
/// </summary>
internal static class ClassHints
{
    private static readonly FrozenSet<string> PositiveWords = FrozenSet.ToFrozenSet(
        ["article", "articlebody", "body", "content", "contents", "entry", "hentry", "main", "post", "story", "text",
         "blog", "prose", "page", "permalink", "column"]);

    private static readonly FrozenSet<string> NegativeWords = FrozenSet.ToFrozenSet(
        ["nav", "navbar", "navigation", "menu", "footer", "foot", "sidebar", "aside", "comment", "comments", "share",
         "sharing", "social", "related", "recommended", "recommendations", "promo", "promotion", "ad", "ads",
         "advert", "advertisement", "sponsor", "sponsored", "banner", "cookie", "cookies", "consent", "gdpr",
         "newsletter", "subscribe", "subscription", "signup", "popup", "modal", "breadcrumb", "breadcrumbs",
         "masthead", "widget", "outbrain", "taboola", "shopping", "tags", "tag", "pagination", "pager", "meta",
         "toolbar", "disqus", "rss", "print", "login", "trending", "popular", "mostread", "skip",
         "hidden", "contact", "tools", "utility", "jump", "follow", "author", "byline", "dateline", "bio"]);

    // Tokens that mark a container as boilerplate strongly enough to remove it before scoring.
    private static readonly FrozenSet<string> UnlikelyWords = FrozenSet.ToFrozenSet(
        ["nav", "navbar", "navigation", "menu", "header", "footer", "sidebar", "comment", "comments", "social",
         "related", "recommended", "sponsor", "banner", "cookie", "cookies", "consent", "gdpr", "newsletter",
         "popup", "breadcrumb", "breadcrumbs", "outbrain", "taboola", "disqus", "rss", "pagination", "pager",
         "trending", "mostread", "skyscraper", "remark", "replies", "shoutbox", "agegate", "supplemental",
         "community", "legends", "combx"]);

    private static readonly FrozenSet<string> MaybeWords = FrozenSet.ToFrozenSet(
        ["article", "articlebody", "body", "content", "main", "column", "and", "shadow", "story", "entry"]);

    private static readonly HashSet<string> UnlikelyRoles =
        ["navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog", "banner", "contentinfo",
         "search"];

    public static int Weight(string hints)
    {
        if (hints.Length == 0)
        {
            return 0;
        }
        var weight = 0;
        var positive = false;
        var negative = false;
        foreach (var token in Tokens(hints))
        {
            positive |= PositiveWords.Contains(token);
            negative |= NegativeWords.Contains(token);
        }
        if (positive)
        {
            weight += 25;
        }
        if (negative)
        {
            weight -= 25;
        }
        return weight;
    }

    public static bool IsUnlikely(string hints, string? role)
    {
        if (role is not null && UnlikelyRoles.Contains(role))
        {
            return true;
        }
        if (hints.Length == 0)
        {
            return false;
        }
        var unlikely = false;
        foreach (var token in Tokens(hints))
        {
            if (MaybeWords.Contains(token))
            {
                return false;
            }
            unlikely |= UnlikelyWords.Contains(token);
        }
        return unlikely;
    }

    public static bool HasToken(string hints, string word)
    {
        foreach (var token in Tokens(hints))
        {
            if (token == word)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Splits "post-body sharedBar_top" into post, body, shared, bar, top (lower-case).</summary>
    public static List<string> Tokens(string hints)
    {
        var tokens = new List<string>(8);
        var start = -1;
        for (var i = 0; i <= hints.Length; i++)
        {
            var c = i < hints.Length ? hints[i] : ' ';
            var boundary = !char.IsLetterOrDigit(c);
            var camel = !boundary && start >= 0 && char.IsUpper(c) && char.IsLower(hints[i - 1]);
            if ((boundary || camel) && start >= 0)
            {
                tokens.Add(hints[start..i].ToLowerInvariant());
                start = -1;
            }
            if (!boundary && start < 0)
            {
                start = i;
            }
        }
        return tokens;
    }
}
