using System.Collections.Frozen;

namespace Bot.Core.Articles.Markup;

/// <summary>The element categories of the HTML tree-construction rules that decide how deep a page nests.</summary>
[Flags]
internal enum TagKind
{
    None = 0,
    Void = 1 << 0,
    RawText = 1 << 1,
    Formatting = 1 << 2,
    Marker = 1 << 3,
    Special = 1 << 4,
    ClosesParagraph = 1 << 5,
    Heading = 1 << 6,
    TablePart = 1 << 7,
    ScopeBoundary = 1 << 8,
    IntegrationPoint = 1 << 9,
    Breakout = 1 << 10,
}

/// <summary>The tag names in each <see cref="TagKind"/>.</summary>
internal static class HtmlTagSets
{
    public static TagKind KindOf(string name)
    {
        var kind = TagKind.None;
        foreach (var (set, flag) in Sets)
        {
            kind |= set.Contains(name) ? flag : TagKind.None;
        }
        return kind;
    }

    public static readonly FrozenSet<string> VoidElements = Set(
        "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input", "keygen",
        "link", "meta", "param", "source", "track", "wbr");

    /// <summary>Elements whose content the tokenizer reads as text up to their own end tag (scripting is off, so
    /// <c>noscript</c> is not one of them).</summary>
    public static readonly FrozenSet<string> RawText = Set(
        "style", "xmp", "iframe", "noembed", "noframes", "title", "textarea", "script", "plaintext");

    public static readonly FrozenSet<string> Formatting = Set(
        "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u");

    /// <summary>Elements that put a marker on the list of active formatting elements.</summary>
    public static readonly FrozenSet<string> Markers = Set("applet", "caption", "marquee", "object", "template", "td", "th");

    public static readonly FrozenSet<string> Special = Set(
        "address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "br",
        "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div", "dl", "dt", "embed", "fieldset",
        "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header",
        "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link", "listing", "main", "marquee", "menu",
        "meta", "nav", "noembed", "noframes", "noscript", "object", "ol", "p", "param", "plaintext", "pre", "script",
        "search", "section", "select", "source", "style", "summary", "table", "tbody", "td", "template", "textarea",
        "tfoot", "th", "thead", "title", "tr", "track", "ul", "wbr", "xmp");

    /// <summary>Start tags that close an open <c>p</c> (in button scope). <c>table</c> is left out: in quirks mode it
    /// does not, and assuming the deeper tree is the safe side.</summary>
    public static readonly FrozenSet<string> ClosesParagraph = Set(
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol", "p", "search", "section",
        "summary", "ul", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "listing", "form", "hr", "xmp", "plaintext",
        "li", "dd", "dt");

    public static readonly FrozenSet<string> Headings = Set("h1", "h2", "h3", "h4", "h5", "h6");

    /// <summary>Closed by the start of a sibling or of an enclosing block ("implied end tags").</summary>
    public static readonly FrozenSet<string> ImpliedEnd = Set("dd", "dt", "li", "optgroup", "option", "p", "rb", "rp", "rt", "rtc");

    public static readonly FrozenSet<string> TableParts = Set("caption", "colgroup", "tbody", "tfoot", "thead", "tr", "td", "th");

    /// <summary>Where a search for an open element in the default scope stops (HTML elements).</summary>
    public static readonly FrozenSet<string> ScopeBoundaries = Set(
        "applet", "caption", "html", "table", "td", "th", "marquee", "object", "template");

    /// <summary>SVG and MathML elements whose content is HTML again, and which also bound scopes.</summary>
    public static readonly FrozenSet<string> IntegrationPoints = Set(
        "foreignobject", "desc", "title", "mi", "mo", "mn", "ms", "mtext");

    /// <summary>HTML start tags that end SVG or MathML content.</summary>
    public static readonly FrozenSet<string> Breakout = Set(
        "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3",
        "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s",
        "small", "span", "strong", "strike", "sub", "sup", "table", "tt", "u", "ul", "var");

    private static readonly (FrozenSet<string> Set, TagKind Kind)[] Sets =
    [
        (VoidElements, TagKind.Void), (RawText, TagKind.RawText), (Formatting, TagKind.Formatting), (Markers, TagKind.Marker),
        (Special, TagKind.Special), (ClosesParagraph, TagKind.ClosesParagraph), (Headings, TagKind.Heading),
        (TableParts, TagKind.TablePart), (ScopeBoundaries, TagKind.ScopeBoundary), (IntegrationPoints, TagKind.IntegrationPoint),
        (Breakout, TagKind.Breakout),
    ];

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}
