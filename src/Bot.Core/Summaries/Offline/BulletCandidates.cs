namespace Bot.Core.Summaries.Offline;

/// <summary>Which sentences may become a summary bullet: whole, readable sentences that are not page furniture.</summary>
public static class BulletCandidates
{
    public const int MaxBulletLength = 400;
    private const int MinFragmentTerms = 3;

    /// <summary>
    /// The sentences that may be bullets, in reading order: whole sentences first, and list items or fragments of a
    /// few words as the fallback for a page made mostly of them (a changelog, a list of items), which would
    /// otherwise get a one-line summary or none. A line that only repeats the headline is left out (the title is
    /// shown anyway), and so are photo captions and furniture (<see cref="SentenceCues.IsFurniture"/>).
    /// </summary>
    public static BulletPool Select(
        IReadOnlyList<ArticleSentence> sentences, Func<ArticleSentence, bool> excluded, Func<ArticleSentence, bool> inCaption)
    {
        var whole = new List<ArticleSentence>();
        var fragments = new List<ArticleSentence>();
        foreach (var sentence in sentences.Where(s => !inCaption(s)))
        {
            // The cheap shape tests first: most lines of a page fail them, and the exclusions are regular expressions.
            var list = Accepts(sentence) ? whole : IsFragmentCandidate(sentence) ? fragments : null;
            if (list is not null && !excluded(sentence))
            {
                list.Add(sentence);
            }
        }
        var mostlyFragments = whole.Count * 2 < fragments.Count;
        return new BulletPool(whole, mostlyFragments ? fragments : []);
    }

    private static bool Accepts(ArticleSentence sentence) =>
        sentence.Terms.Count > 0
        && (SentenceShape.IsWholeSentence(sentence.Text, MaxBulletLength) || IsStandfirst(sentence));

    private static bool IsFragmentCandidate(ArticleSentence sentence) =>
        sentence.Terms.Count >= MinFragmentTerms
        && sentence.Text.Length <= MaxBulletLength;

    /// <summary>
    /// The publisher's own summary line under the headline (a "standfirst" or "dek") often has no full stop, yet it
    /// is the best bullet there is: a paragraph-opening line of 8–40 words in the first two paragraphs, in sentence
    /// case (a Title Case line is a headline).
    /// </summary>
    private static bool IsStandfirst(ArticleSentence sentence)
    {
        if (sentence.Paragraph > 1 || sentence.Span.Start != 0)
        {
            return false;
        }
        var text = sentence.Text.Trim();
        var words = Articles.WordCounter.Count(text);
        return words is >= 8 and <= 40 && char.IsUpper(text.FirstOrDefault(char.IsLetterOrDigit))
            && !Text.HeadlineCase.IsTitleCase(text);
    }
}
