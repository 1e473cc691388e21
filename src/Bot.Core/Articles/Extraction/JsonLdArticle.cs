namespace Bot.Core.Articles.Extraction;

/// <summary>The fields of a schema.org article found in JSON-LD.</summary>
internal sealed record JsonLdArticle
{
    public string? Headline { get; init; }
    public string? Name { get; init; }
    public string? Author { get; init; }
    public string? Publisher { get; init; }
    public string? DatePublished { get; init; }
    public string? Description { get; init; }
    public string? Image { get; init; }
    public string? Url { get; init; }

    /// <summary>The article's text as the page gives it to search engines (plain text, sometimes HTML).</summary>
    public string? ArticleBody { get; init; }
    public bool? IsAccessibleForFree { get; init; }
}
