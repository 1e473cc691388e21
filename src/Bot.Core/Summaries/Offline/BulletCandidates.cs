namespace Bot.Core.Summaries.Offline;

/// <summary>Which sentences may become a summary bullet: whole, readable sentences that are not page furniture.</summary>
public static class BulletCandidates
{
    public const int MaxBulletLength = 400;

    public static bool Accepts(ArticleSentence sentence) =>
        sentence.Terms.Count > 0
        && (SentenceShape.IsWholeSentence(sentence.Text, MaxBulletLength) || IsStandfirst(sentence))
        && !SentenceCues.IsBoilerplate(sentence.Text);

    /// <summary>
    /// The publisher's own summary line under the headline (a "standfirst" or "dek") often has no full stop, yet it
    /// is the best bullet there is: a paragraph-opening line of 8–40 words in the first two paragraphs.
    /// </summary>
    private static bool IsStandfirst(ArticleSentence sentence)
    {
        if (sentence.Paragraph > 1 || sentence.Span.Start != 0)
        {
            return false;
        }
        var text = sentence.Text.Trim();
        var words = Articles.WordCounter.Count(text);
        return words is >= 8 and <= 40 && char.IsUpper(text.FirstOrDefault(char.IsLetterOrDigit));
    }
}
