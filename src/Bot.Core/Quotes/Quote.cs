namespace Bot.Core.Quotes;

/// <summary>A passage that occurs word for word in the article.</summary>
/// <param name="Text">The verbatim passage, exactly as it stands in the article's paragraph.</param>
/// <param name="Paragraph">Index into <see cref="Articles.Article.Paragraphs"/>.</param>
public sealed record Quote(string Text, int Paragraph)
{
    /// <summary>The sentence before the quote in the article, when there is one.</summary>
    public string? Before { get; init; }

    /// <summary>The sentence after the quote in the article, when there is one.</summary>
    public string? After { get; init; }

    /// <summary>Relevance or importance, higher is better; only comparable within one answer.</summary>
    public double Score { get; init; }
}
