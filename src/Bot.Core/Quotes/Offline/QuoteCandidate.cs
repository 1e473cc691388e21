using Bot.Core.Summaries.Offline;

namespace Bot.Core.Quotes.Offline;

/// <summary>A passage that might become a quote: a whole sentence, or a whole quoted span inside one.</summary>
/// <param name="Start">Offset in the paragraph.</param>
public sealed record QuoteCandidate(ArticleSentence Sentence, int Start, string Text, double Score)
{
    public int Paragraph => Sentence.Paragraph;

    public static QuoteCandidate WholeSentence(ArticleSentence sentence, double score) =>
        new(sentence, sentence.Span.Start, sentence.Text, score);
}
