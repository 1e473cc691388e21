namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Counts, while a paragraph is written, how much of it is link text, where its first link begins and how many runs
/// of link text it has (see <see cref="TextBlock"/>).
/// </summary>
internal struct LinkTally
{
    private int letters;
    private int linkLetters;
    private int linkStart;
    private int linkRuns;
    private bool lastWasLink;

    public LinkTally() => Reset();

    /// <summary>One visible character written at <paramref name="position"/> of the paragraph being built.</summary>
    public void Add(int position, bool inLink)
    {
        letters++;
        if (inLink)
        {
            linkLetters++;
            if (linkStart < 0)
            {
                linkStart = position;
            }
            if (!lastWasLink)
            {
                linkRuns++;
            }
        }
        lastWasLink = inLink;
    }

    /// <summary>The paragraph as a block, its text starting at <paramref name="start"/> of what was built.</summary>
    public readonly TextBlock Block(string text, BlockRole role, int start) =>
        new(text, role, letters == 0 ? 0 : (double)linkLetters / letters, linkStart < 0 ? -1 : Math.Max(0, linkStart - start),
            linkRuns);

    public void Reset()
    {
        letters = linkLetters = linkRuns = 0;
        linkStart = -1;
        lastWasLink = false;
    }
}
