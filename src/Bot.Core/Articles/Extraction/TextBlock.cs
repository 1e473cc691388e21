namespace Bot.Core.Articles.Extraction;

/// <summary>One written paragraph, what kind of element it came from, and its links (how much of it is link text, where
/// the first begins, -1 for none, and how many runs of link text it has), for the rules that judge paragraphs.</summary>
internal readonly record struct TextBlock(string Text, BlockRole Role, double LinkShare = 0, int LinkStart = -1,
    int LinkRuns = 0);

/// <summary>What a written paragraph was in the page.</summary>
internal enum BlockRole
{
    Text,
    Heading,
    Caption,

    /// <summary>A list item: short lines by nature (ingredients, specifications), not suspect for it.</summary>
    ListItem,

    /// <summary>The standfirst found between the title and the article's block (see <see cref="LeadParagraphs"/>): text,
    /// but the edges of the block are measured without it.</summary>
    Lead,

    /// <summary>A table cell (or a block inside one): data, which the paragraph rules leave alone.</summary>
    Cell,
}
