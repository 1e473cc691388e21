using System.Collections.Frozen;

namespace Bot.Core.Articles.Extraction;

/// <summary>What the extractor knows about tag names.</summary>
internal static class TagTable
{
    /// <summary>Elements that never carry article text and are skipped with their content.</summary>
    public static readonly FrozenSet<string> Skipped = FrozenSet.ToFrozenSet(
    [
        "script", "style", "noscript", "template", "svg", "iframe", "frame", "frameset", "object", "embed", "canvas",
        "head", "link", "meta", "base", "title", "button", "select", "textarea", "option", "datalist", "dialog",
        "audio", "video", "source", "track", "map", "area", "param", "input",
        "rt", "rp", // ruby annotations: the reading printed over the words (furigana), not the words themselves
    ]);

    private static readonly FrozenDictionary<string, TagKind> Kinds = new Dictionary<string, TagKind>
    {
        ["p"] = TagKind.Block, ["div"] = TagKind.Block, ["section"] = TagKind.Block, ["article"] = TagKind.Block,
        ["main"] = TagKind.Block, ["body"] = TagKind.Block, ["html"] = TagKind.Block, ["header"] = TagKind.Block,
        ["footer"] = TagKind.Block, ["nav"] = TagKind.Block, ["aside"] = TagKind.Block, ["form"] = TagKind.Block,
        ["fieldset"] = TagKind.Block, ["blockquote"] = TagKind.Block, ["figure"] = TagKind.Block,
        ["figcaption"] = TagKind.Block, ["address"] = TagKind.Block, ["center"] = TagKind.Block,
        ["details"] = TagKind.Block, ["summary"] = TagKind.Block, ["hgroup"] = TagKind.Block, ["hr"] = TagKind.Block,
        ["ul"] = TagKind.Block, ["ol"] = TagKind.Block, ["dl"] = TagKind.Block, ["menu"] = TagKind.Block,
        ["table"] = TagKind.Block, ["thead"] = TagKind.Block, ["tbody"] = TagKind.Block, ["tfoot"] = TagKind.Block,
        ["tr"] = TagKind.Block, ["caption"] = TagKind.Block, ["legend"] = TagKind.Block, ["picture"] = TagKind.Inline,
        ["h1"] = TagKind.Heading, ["h2"] = TagKind.Heading, ["h3"] = TagKind.Heading, ["h4"] = TagKind.Heading,
        ["h5"] = TagKind.Heading, ["h6"] = TagKind.Heading,
        ["li"] = TagKind.ListItem, ["dt"] = TagKind.ListItem, ["dd"] = TagKind.ListItem,
        ["td"] = TagKind.Cell, ["th"] = TagKind.Cell,
        ["pre"] = TagKind.Pre,
        ["br"] = TagKind.LineBreak,
        ["img"] = TagKind.Image,
        ["a"] = TagKind.Link,
    }.ToFrozenDictionary();

    public static TagKind KindOf(string tag) =>
        Kinds.TryGetValue(tag, out var kind) ? kind
        : tag.Contains('-') ? TagKind.Block // custom elements are mostly layout containers
        : TagKind.Inline;
}
