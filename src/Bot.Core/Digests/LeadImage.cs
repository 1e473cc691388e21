using Bot.Core.Articles;

namespace Bot.Core.Digests;

/// <summary>
/// The lead image a reply may show: only an absolute https address (chat platforms load it from the reader's
/// client, so a plain-http or odd-scheme address would leak or fail), of a sane length, with no white space.
/// </summary>
internal static class LeadImage
{
    private const int MaxLength = 2000;

    public static string? Of(Article article) =>
        article.LeadImageUrl is { Length: <= MaxLength } url
        && !url.Any(char.IsWhiteSpace)
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.Scheme == Uri.UriSchemeHttps
        && uri.Host.Length > 0
            ? uri.AbsoluteUri
            : null;
}
