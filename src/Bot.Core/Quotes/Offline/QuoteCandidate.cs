using Bot.Core.Summaries.Offline;
using Bot.Core.Text;

namespace Bot.Core.Quotes.Offline;

/// <summary>A passage that might become a quote: a whole sentence, or a whole quoted span inside one.</summary>
/// <param name="Start">Offset in the paragraph.</param>
public sealed record QuoteCandidate(ArticleSentence Sentence, int Start, string Text, double Score)
{
    public int Paragraph => Sentence.Paragraph;

    /// <summary>The sentence, without the marker when it is a list item ("+ Added banners.").</summary>
    public static QuoteCandidate WholeSentence(ArticleSentence sentence, double score)
    {
        var marker = ListMarker.LengthAt(sentence.Text, 0);
        return new(sentence, sentence.Span.Start + marker, sentence.Text[marker..], score);
    }
}
