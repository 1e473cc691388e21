namespace Bot.Core.Articles.Extraction;

/// <summary>How a tag behaves when text is laid out in blocks.</summary>
internal enum TagKind
{
    Inline,
    Block,
    Heading,
    ListItem,
    Cell,
    Pre,
    LineBreak,
    Image,
    Link,
    Text,
}
