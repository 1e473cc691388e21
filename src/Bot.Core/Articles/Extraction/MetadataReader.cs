using System.Globalization;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Reads title, byline, site name, date, language, canonical URL, lead image and excerpt from JSON-LD first, then
/// OpenGraph/Twitter/Dublin Core meta tags, then the document itself (title element, h1, time, rel=author).
/// </summary>
internal static class MetadataReader
{
    public static PageMetadata Read(PageSources sources, string? url)
    {
        var ld = JsonLdReader.Read(sources.JsonLd);
        var siteName = sources.MetaValue("og:site_name") ?? ld?.Publisher ?? sources.MetaValue("application-name");
        var baseUri = BaseUri(url, sources.BaseHref);
        return new PageMetadata
        {
            Title = Title(sources, ld, siteName),
            Byline = Byline(sources, ld),
            SiteName = Clean(siteName),
            Published = Date(ld?.DatePublished) ?? Date(sources.MetaValue(
                "article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate",
                "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date"))
                ?? Date(sources.FirstTimeDatetime),
            Language = Language(sources),
            CanonicalUrl = Resolve(baseUri, sources.CanonicalHref) ?? Resolve(baseUri, sources.MetaValue("og:url")),
            LeadImageUrl = Resolve(baseUri, sources.MetaValue("og:image", "og:image:url", "og:image:secure_url",
                "twitter:image", "twitter:image:src")) ?? Resolve(baseUri, ld?.Image),
            Excerpt = Clean(ld?.Description ?? sources.MetaValue("og:description", "description",
                "twitter:description", "dc.description")),
            Paywalled = ld?.IsAccessibleForFree == false,
            ArticleBody = ld?.ArticleBody,
        };
    }

    private static string? Title(PageSources sources, JsonLdArticle? ld, string? siteName)
    {
        var documentTitle = string.IsNullOrWhiteSpace(sources.Title) ? null : TextCollapse.Normalize(sources.Title);
        if (ld is not null && (ld.Headline ?? ld.Name) is not null)
        {
            // When both are given and differ, the one that agrees with the document title is the article's.
            if (ld.Headline is not null && ld.Name is not null && ld.Headline != ld.Name && documentTitle is not null)
            {
                return Clean(TitleSimilarity.Similar(ld.Name, documentTitle) || !TitleSimilarity.Similar(ld.Headline, documentTitle)
                    ? ld.Name
                    : ld.Headline);
            }
            return Clean(ld.Headline ?? ld.Name);
        }
        var meta = sources.MetaValue("dc:title", "dc.title", "dcterm:title", "dcterms.title", "og:title",
            "twitter:title", "title", "parsely-title");
        if (meta is not null)
        {
            return Clean(meta);
        }
        if (documentTitle is not null)
        {
            return TitleCleaner.Clean(documentTitle, siteName);
        }
        return sources.Headings1.Count > 0 ? Clean(NodeText.Of(sources.Headings1[0], 500)) : null;
    }

    private static string? Byline(PageSources sources, JsonLdArticle? ld)
    {
        var byline = ld?.Author ?? sources.MetaValue("author", "dc.creator", "dc:creator", "parsely-author",
            "sailthru.author", "byl");
        if (byline is null || byline.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var node in sources.Bylines)
            {
                var text = NodeText.Of(node, 200);
                if (text.Length is > 0 and < 100)
                {
                    byline = text;
                    break;
                }
            }
        }
        return BylineCleaner.Clean(Clean(byline));
    }

    private static string? Language(PageSources sources)
    {
        var language = Clean(sources.Language) ?? sources.MetaValue("content-language", "language", "dc.language")
            ?? sources.MetaValue("og:locale")?.Replace('_', '-');
        return language?.Split(',')[0].Trim();
    }

    private static DateTimeOffset? Date(string? value) =>
        value is not null && DateTimeOffset.TryParse(value.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date
            : null;

    private static Uri? BaseUri(string? url, string? baseHref)
    {
        Uri.TryCreate(url, UriKind.Absolute, out var page);
        if (baseHref is null)
        {
            return page;
        }
        return page is not null && Uri.TryCreate(page, baseHref, out var withBase) ? withBase
            : Uri.TryCreate(baseHref, UriKind.Absolute, out var absolute) ? absolute : page;
    }

    private static string? Resolve(Uri? baseUri, string? href)
    {
        if (string.IsNullOrWhiteSpace(href))
        {
            return null;
        }
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.AbsoluteUri;
        }
        return baseUri is not null && Uri.TryCreate(baseUri, href, out var resolved) ? resolved.AbsoluteUri : null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        var text = TextCollapse.Normalize(System.Net.WebUtility.HtmlDecode(value));
        return text.Length == 0 ? null : text;
    }
}
