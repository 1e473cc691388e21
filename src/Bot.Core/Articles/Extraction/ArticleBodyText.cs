using System.Net;
using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// The text of schema.org's <c>articleBody</c> as paragraphs, for pages that render their story with scripts: the
/// markup holds a shell (a photo caption, the author's box) while the JSON-LD holds the whole text.
/// </summary>
internal static partial class ArticleBodyText
{
    /// <summary>A shorter body is a summary some sites put there, not the story.</summary>
    private const int MinLength = 1000;

    /// <summary>The markup's text must be less than 1/this of the body's for the body to be read instead.</summary>
    private const int ShortfallFactor = 3;

    [GeneratedRegex(@"<\s*(/?\s*(p|div|h[1-6]|li|ul|ol|blockquote|section|article|figure|figcaption|table|tr)\b[^>]*|br\s*/?)>",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    /// <summary>A tag: "&lt;" then a name, "/" or "!" ("x &lt; 5 and y &gt; 3" is text).</summary>
    [GeneratedRegex(@"<[/!]?[a-zA-Z][^<>]{0,400}>", RegexOptions.CultureInvariant)]
    private static partial Regex AnyTag();

    /// <summary>The body's paragraphs when the page's markup fell far short of it; otherwise null. The page as it was
    /// served holds the text, so it is read even where the page calls itself metered (not free to read).</summary>
    public static List<string>? InsteadOf(List<string> paragraphs, PageMetadata metadata)
    {
        if (metadata.ArticleBody is not { Length: >= MinLength } body)
        {
            return null;
        }
        var fromBody = Paragraphs(body);
        var bodyLength = fromBody.Sum(p => p.Length);
        return bodyLength >= MinLength && paragraphs.Sum(p => p.Length) * ShortfallFactor < bodyLength ? fromBody : null;
    }

    public static List<string> Paragraphs(string body)
    {
        if (AnyTag().IsMatch(body))
        {
            body = AnyTag().Replace(BlockTag().Replace(body, "\n"), "");
        }
        var paragraphs = new List<string>();
        foreach (var line in WebUtility.HtmlDecode(body).Split('\n'))
        {
            var text = TextCollapse.Normalize(line);
            if (text.Length > 0)
            {
                paragraphs.Add(text);
            }
        }
        return paragraphs;
    }
}
