namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Reads class, id and role for hints about what a container holds. Short words (up to four letters: "ad", "nav",
/// "post") must be whole tokens of the class/id (split on non-letters and camelCase) so "ad" never matches "head";
/// longer words may appear inside a token ("relatedposts", "site-footer-inner") unless marked with ^ ("^media" must not
/// match "median").
/// </summary>
internal static class ClassHints
{
    private static readonly WordSet Positive = new(
        "article", "body", "content", "entry", "hentry", "main", "post", "story", "text", "blog", "prose", "page",
        "permalink", "column");

    private static readonly WordSet Negative = new(
        "nav", "navbar", "navigation", "menu", "footer", "foot", "sidebar", "aside", "comment", "share", "sharing",
        "social", "related", "recommend", "promo", "ad", "ads", "advert", "sponsor", "banner", "cookie", "consent",
        "gdpr", "newsletter", "subscribe", "subscription", "signup", "popup", "modal", "breadcrumb", "masthead",
        "widget", "outbrain", "taboola", "shopping", "tags", "tag", "pagination", "pager", "meta", "toolbar",
        "disqus", "rss", "print", "login", "trending", "popular", "mostread", "skip", "hidden", "contact", "tools",
        "utility", "jump", "follow", "author", "byline", "dateline", "bio", "^media");

    // Words that mark a container as boilerplate strongly enough to leave it out before scoring.
    private static readonly WordSet Unlikely = new(
        "nav", "navbar", "navigation", "menu", "header", "footer", "sidebar", "comment", "social", "related",
        "recommend", "sponsor", "banner", "cookie", "consent", "gdpr", "newsletter", "popup", "breadcrumb",
        "outbrain", "taboola", "disqus", "rss", "pagination", "pager", "trending", "mostread", "skyscraper", "remark",
        "replies", "shoutbox", "agegate", "supplemental", "community", "legends", "combx", "ai2html",
        // an author's bio box; the byline itself is not unlikely: it is read for the metadata
        "author-bio", "authorbio", "author-info", "authorinfo", "author-box", "authorbox", "about-author", "aboutauthor",
        "author-description", "author-profile", "autor-box", "autorbox", "autoren-box", "author_bio", "author_info",
        "author_box", "about_author");

    private static readonly WordSet Maybe = new(
        "article", "body", "content", "main", "column", "shadow", "story", "entry", "mathjax");

    private static readonly HashSet<string> UnlikelyRoles =
        ["navigation", "menu", "menubar", "complementary", "alert", "alertdialog", "dialog", "banner", "contentinfo",
         "search"];

    /// <summary>The hints of one element, split once and asked several questions.</summary>
    public readonly struct Reading(string hints)
    {
        private readonly List<string> tokens = Tokens(hints);
        private readonly string lower = hints.ToLowerInvariant();

        public bool Has(WordSet words) => tokens is not null && words.Matches(tokens, lower);
    }

    /// <summary>The weight of the hints without their BEM modifiers (see <see cref="WithoutModifiers"/>).</summary>
    public static int Weight(string hints, in Reading reading) =>
        hints.Contains("--", StringComparison.Ordinal) ? Weight(new Reading(WithoutModifiers(hints))) : Weight(reading);

    public static int Weight(in Reading hints) => (hints.Has(Positive) ? 25 : 0) - (hints.Has(Negative) ? 25 : 0);

    public static bool IsUnlikely(in Reading hints) => hints.Has(Unlikely) && !hints.Has(Maybe);

    public static bool IsUnlikelyRole(string role) =>
        UnlikelyRoles.Contains(role) || UnlikelyRoles.Contains(role.Trim().ToLowerInvariant());

    /// <summary>"TestReport__Section TestReport__Section--Ads" → "TestReport__Section": a BEM modifier, written beside
    /// its base class, often says what a block may hold or sits beside ("--ads", "--with-sidebar", "--has-comments"),
    /// so it does not weigh the block; it may still mark it unlikely ("c-teaser--NavNode"). A class with "--" and no
    /// base beside it ("field--social-links") is a name of its own.</summary>
    public static string WithoutModifiers(string hints)
    {
        if (!hints.Contains("--", StringComparison.Ordinal))
        {
            return hints;
        }
        var classes = hints.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>(classes.Length);
        foreach (var name in classes)
        {
            var modifier = name.IndexOf("--", StringComparison.Ordinal);
            if (modifier <= 0 || Array.IndexOf(classes, name[..modifier]) < 0)
            {
                kept.Add(name);
            }
        }
        return string.Join(' ', kept);
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

    /// <summary>Short words matched as whole tokens, long words as parts of the lower-cased hints.</summary>
    public sealed class WordSet
    {
        private readonly HashSet<string> shortWords = new(StringComparer.Ordinal);
        private readonly List<string> longWords = [];

        public WordSet(params string[] words)
        {
            foreach (var word in words)
            {
                if (word.StartsWith('^'))
                {
                    shortWords.Add(word[1..]);
                }
                else if (word.Length <= 4)
                {
                    shortWords.Add(word);
                }
                else
                {
                    longWords.Add(word);
                }
            }
        }

        public bool Matches(List<string> tokens, string lower)
        {
            foreach (var token in tokens)
            {
                if (shortWords.Contains(token))
                {
                    return true;
                }
            }
            foreach (var word in longWords)
            {
                if (lower.Contains(word, StringComparison.Ordinal))
                {
                    return true;
                }
            }
            return false;
        }
    }
}
