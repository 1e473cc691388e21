using Bot.Core.Text;

namespace Bot.Core.Summaries.Offline;

/// <summary>One sentence of an article, where it stands, and its index terms.</summary>
/// <param name="Index">Position among all the article's sentences, in reading order.</param>
/// <param name="Paragraph">Index into <see cref="Articles.Article.Paragraphs"/>.</param>
/// <param name="Span">Where the sentence stands in its paragraph; its text is cut from there verbatim.</param>
/// <param name="Terms">Stemmed, stop-word-free terms in order of occurrence.</param>
public sealed record ArticleSentence(int Index, int Paragraph, TextSpan Span, IReadOnlyList<string> Terms)
{
    public string Text => Span.Text;
}
