namespace Bot.Core.Articles.Extraction;

/// <summary>One written paragraph and what kind of element it came from, for the rules that judge paragraphs.</summary>
internal readonly record struct TextBlock(string Text, BlockRole Role);

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
