namespace Bot.Core.Articles;

/// <summary>A readable article: the clean text split into paragraphs, and what is known about it.</summary>
/// <param name="Url">The address it was read from (after redirects), or the file path for local input.</param>
/// <param name="Paragraphs">The article's blocks in reading order (paragraphs, headings, list items, quotes, captions);
/// the unit quotes are taken from.</param>
public sealed record Article(
    string Url,
    string Title,
    IReadOnlyList<string> Paragraphs)
{
    public string? CanonicalUrl { get; init; }
    public string? Byline { get; init; }
    public string? SiteName { get; init; }
    public DateTimeOffset? Published { get; init; }
    public string? Language { get; init; }
    public string? LeadImageUrl { get; init; }
    public string? Excerpt { get; init; }

    /// <summary>True when only the first part of a long document was read (see <see cref="Documents.PdfArticleReader"/>).</summary>
    public bool Truncated { get; init; }

    /// <summary>Paragraphs separated by blank lines.</summary>
    public string Text => string.Join("\n\n", Paragraphs);

    public int WordCount => Paragraphs.Sum(WordCounter.Count);

    /// <summary>Reading time at 230 words a minute, at least one minute.</summary>
    public int ReadingMinutes => Math.Max(1, (int)Math.Round(WordCount / 230.0));

    /// <summary>The canonical address when the page names one, else the address it was read from.</summary>
    public string PreferredUrl => CanonicalUrl ?? Url;
}
