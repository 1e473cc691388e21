namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Judges the written paragraphs of the main block one by one: furniture lines (pointers to other articles, tag lists,
/// comment and share prompts, stamps, credits, bare dates, short calls to action), captions that open the article
/// or carry a credit, and captions repeated verbatim (a gallery's thumbnail and full-view captions) are not article
/// text, and a short paragraph repeated verbatim is written once (a recipe's list view and step view).
/// </summary>
internal static class BlockCleaner
{
    /// <summary>A paragraph at least this long is body text: captions before it open the article.</summary>
    private const int BodyLength = 120;

    /// <summary>A call to action this short is furniture wherever it stands (a "follow us" box in the middle of the
    /// story); longer ones, and other lines about the site, only after the story (see <see cref="EdgeTrimmer"/>).</summary>
    private const int SiteLineLength = 130;

    private const double PointerLinkShare = 0.6;

    private const int PointerLength = 300;

    /// <summary>Shorter link lines ("link", "(Artist: X)") are left to the link-density rules of the containers.</summary>
    private const int PointerMinLength = 30;

    private const int PointerLabelLength = 30;

    /// <summary>Shorter repeats ("Advertisement", "Share") are left to the other rules.</summary>
    private const int MinRepeatLength = 20;

    /// <summary>A story opens with a dateline row or two ("By X | May 5, 2015", "Updated | May 6, 2015"); a longer run
    /// of rows like them is a listing.</summary>
    private const int MaxDatelines = 2;

    /// <summary>Longer repeats are text the page really shows twice (a standfirst above and in the body).</summary>
    private const int MaxRepeatLength = 200;

    public static List<string> Clean(List<TextBlock> blocks, ClosingLines closing)
    {
        var repeats = CountRepeats(blocks);
        var kept = new List<TextBlock>(blocks.Count);
        var written = new HashSet<string>(StringComparer.Ordinal);
        var inBody = false;
        var datelines = Datelines(blocks);
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var text = block.Text;
            if (block.Role == BlockRole.Cell)
            {
                kept.Add(block);
                continue;
            }
            if (block.Role == BlockRole.Caption && (!inBody || CreditLines.IsCredit(text) || Repeated(text, repeats)))
            {
                continue;
            }
            if (Repeated(text, repeats) && !written.Add(text) || FurnitureLines.IsFurniture(text) || CreditLines.IsCredit(text)
                || DateLines.IsDateOnly(text) || datelines?[i] == true || TeaserLines.IsTeaser(text) || inBody && IsPointer(block)
                || block.Role is BlockRole.Text && TextWeight.Of(text) < SiteLineLength && ClosingLines.IsCallToAction(text))
            {
                continue;
            }
            inBody |= block.Role == BlockRole.Text && TextWeight.Of(text) >= BodyLength;
            kept.Add(block);
        }
        EdgeTrimmer.Trim(kept, closing);
        return kept.ConvertAll(b => b.Text);
    }

    /// <summary>Which blocks are dateline rows (see <see cref="DateLines.IsStampRow"/>), or null for none. A run of
    /// such rows one after another is a listing ("02.11.2022 - Placebo - Stadthalle", one per concert): data, which
    /// stays.</summary>
    private static bool[]? Datelines(List<TextBlock> blocks)
    {
        bool[]? rows = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role != BlockRole.Cell && DateLines.IsStampRow(blocks[i].Text))
            {
                rows ??= new bool[blocks.Count];
                rows[i] = true;
            }
        }
        if (rows is null)
        {
            return null;
        }
        for (var start = 0; start < rows.Length; start++)
        {
            var end = start;
            while (end < rows.Length && rows[end])
            {
                end++;
            }
            if (end - start > MaxDatelines)
            {
                Array.Fill(rows, false, start, end - start);
            }
            start = end;
        }
        return rows;
    }

    /// <summary>A short paragraph that is mostly one link after a label ("Lea más: …", "MIRA: …", "Schon gelesen? …"):
    /// a pointer to another page set into the story.</summary>
    private static bool IsPointer(TextBlock block) =>
        block.Role == BlockRole.Text && block.LinkShare >= PointerLinkShare
        && block.Text.Length is >= PointerMinLength and <= PointerLength && IsLabelled(block);

    /// <summary>"Lea más: headline": one link after a short label; a label over several links ("Source files: a.js,
    /// b.js") is a field of the story.</summary>
    private static bool IsLabelled(TextBlock block) =>
        block.LinkRuns == 1 && block.LinkStart is > 0 and <= PointerLabelLength
        && block.Text.AsSpan(0, block.LinkStart).TrimEnd() is [.., ':' or '?' or '|'];

    private static Dictionary<string, int>? CountRepeats(List<TextBlock> blocks)
    {
        Dictionary<string, int>? counts = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks)
        {
            if (block.Role != BlockRole.Cell && block.Text.Length is >= MinRepeatLength and <= MaxRepeatLength
                && !seen.Add(block.Text))
            {
                counts ??= new Dictionary<string, int>(StringComparer.Ordinal);
                counts[block.Text] = counts.GetValueOrDefault(block.Text, 1) + 1;
            }
        }
        return counts;
    }

    private static bool Repeated(string text, Dictionary<string, int>? repeats) => repeats?.ContainsKey(text) == true;
}
