using System.Collections.Frozen;
using AngleSharp.Html.Parser.Tokens.Struct;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// The attributes worth keeping while parsing: those the extractor reads, plus the few that change how the HTML parser
/// builds the tree (input type in tables, MathML/SVG integration points). Dropping the rest (data-*, src, srcset,
/// inline handlers...) saves a large share of the parser's allocations.
/// </summary>
internal static class ParsedAttributes
{
    private static readonly FrozenSet<string> Kept = FrozenSet.ToFrozenSet(
    [
        "id", "class", "role", "rel", "itemprop", "hidden", "aria-hidden", "style", // tree builder
        "content", "property", "name", "http-equiv", "href", "lang", "datetime", // metadata
        "type", "encoding", "color", "face", "size", // parser behaviour
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Kept.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Keep(ref StructHtmlToken token, ReadOnlyMemory<char> name) => Lookup.Contains(name.Span);
}
