namespace Bot.Core.Articles.Extraction;

/// <summary>What the tree builder gathers on its walk for the metadata reader: meta tags, links, JSON-LD and such.</summary>
internal sealed class PageSources
{
    /// <summary>Meta content by lower-case name, property, itemprop or http-equiv; the first value wins.</summary>
    public Dictionary<string, string> Meta { get; } = new(StringComparer.Ordinal);

    public List<string> JsonLd { get; } = [];

    public string? Title { get; set; }

    public string? Language { get; set; }

    public string? CanonicalHref { get; set; }

    public string? BaseHref { get; set; }

    public string? FirstTimeDatetime { get; set; }

    public List<ContentNode> Headings1 { get; } = [];

    /// <summary>Elements marked as the author (rel=author, itemprop=author, class "byline"/"author").</summary>
    public List<ContentNode> Bylines { get; } = [];

    /// <summary>Text of noscript elements, kept only to recognise "enable JavaScript" shells.</summary>
    public string NoScriptText { get; set; } = "";

    public void AddMeta(string keys, string content)
    {
        foreach (var key in keys.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            Meta.TryAdd(key.ToLowerInvariant(), content);
        }
    }

    public string? MetaValue(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (Meta.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value))
            {
                return value.Trim();
            }
        }
        return null;
    }
}
