namespace Bot.Core.Articles.Extraction;

/// <summary>What the page says about itself, before the text is read.</summary>
internal sealed record PageMetadata
{
    public string? Title { get; init; }
    public string? Byline { get; init; }
    public string? SiteName { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public string? LeadImageUrl { get; init; }
    public string? Excerpt { get; init; }

    /// <summary>JSON-LD's <c>articleBody</c>, when the page has one.</summary>
    public string? ArticleBody { get; init; }

    /// <summary>JSON-LD says the article is not free to read (<c>isAccessibleForFree: false</c>).</summary>
    public bool Paywalled { get; init; }
}
