namespace Bot.Core.Chat;

/// <summary>What the bot says about one article: a summary and/or quotes, with where it came from.</summary>
public sealed record ArticleDigest
{
    public required string Title { get; init; }
    public required string Url { get; init; }
    public string? Site { get; init; }
    public string? Byline { get; init; }
    public DateTimeOffset? Published { get; init; }
    public int ReadingMinutes { get; init; }

    /// <summary>The page's lead image (og:image and friends), an absolute https URL, or null. Platforms show it
    /// by its address; the bot never fetches it.</summary>
    public string? Image { get; init; }

    /// <summary>Summary bullets, one sentence each; empty for a quotes-only answer.</summary>
    public IReadOnlyList<string> Summary { get; init; } = [];

    /// <summary>Verbatim quotes, best first.</summary>
    public IReadOnlyList<DigestQuote> Quotes { get; init; } = [];

    /// <summary>The topic asked for, for a topic-quotes answer.</summary>
    public string? Topic { get; init; }

    /// <summary>E.g. "summary by the offline summarizer", "article truncated".</summary>
    public IReadOnlyList<string> Notices { get; init; } = [];

    /// <summary>Which summarizer or quote finder answered.</summary>
    public string? Summarizer { get; init; }

    /// <summary>Served from the cache.</summary>
    public bool Cached { get; init; }
}

/// <param name="Link">The article URL with a <c>#:~:text=</c> fragment pointing at the quote.</param>
public sealed record DigestQuote(string Text, int Paragraph, string Link);
