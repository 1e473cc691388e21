namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Treats the start and the end of the main block with suspicion: before the first paragraph of body text and after
/// the last one, a short line that is not a sentence (a kicker, a byline, a label) is furniture, and so is a heading
/// left at the very end, over nothing, or a line that announces with a colon what no longer follows. After the story,
/// lines that speak about the site (see <see cref="ClosingLines"/>) go too. List items and table cells are short by
/// nature and stay.
/// </summary>
internal static class EdgeTrimmer
{
    /// <summary>At least this long and it counts as body text wherever it stands.</summary>
    private const int BodyLength = 120;

    /// <summary>Lines shorter than this at the edges are suspect unless they end like a sentence.</summary>
    private const int ShortLine = 50;

    public static void Trim(List<TextBlock> blocks, ClosingLines closing)
    {
        var first = blocks.FindIndex(IsBody);
        if (first < 0)
        {
            return; // a short page: nothing to measure the edges against
        }
        var last = blocks.FindLastIndex(IsBody);
        var end = blocks.Count;
        while (end > first + 1 && (end > last + 1 && IsSuspectAtEnd(blocks[end - 1])
                   || blocks[end - 1].Role is BlockRole.Text or BlockRole.Heading && closing.IsClosing(blocks[end - 1].Text)))
        {
            end--;
        }
        blocks.RemoveRange(end, blocks.Count - end);
        // The lead stays; the block's own opening lines after it (byline, date, place) are measured as the start.
        var lead = 0;
        while (lead < first && blocks[lead].Role == BlockRole.Lead)
        {
            lead++;
        }
        var start = lead;
        while (start < first && IsSuspect(blocks[start], BlockRole.Text))
        {
            start++;
        }
        blocks.RemoveRange(lead, start - lead);
    }

    private static bool IsBody(TextBlock block) =>
        block.Role == BlockRole.Text && TextWeight.Of(block.Text) >= BodyLength;

    /// <summary>A heading is suspect only at the end: at the start it opens the article.</summary>
    private static bool IsSuspect(TextBlock block, BlockRole alsoSuspect) =>
        (block.Role == BlockRole.Text || block.Role == alsoSuspect) && TextWeight.Of(block.Text) < ShortLine
        && !EndsLikeSentence(block.Text);

    /// <summary>At the end a colon announces what is not there ("Teilnehmende Blogs:", "Related:").</summary>
    private static bool IsSuspectAtEnd(TextBlock block) =>
        IsSuspect(block, BlockRole.Heading) || block.Role is BlockRole.Text or BlockRole.Heading
        && TextWeight.Of(block.Text) < ShortLine && block.Text[^1] == ':';

    private static bool EndsLikeSentence(string text) =>
        text[^1] is '.' or '!' or '?' or '…' or '。' or '"' or '”' or '»' or '“' or ':';
}
