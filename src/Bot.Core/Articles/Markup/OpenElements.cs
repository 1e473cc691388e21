namespace Bot.Core.Articles.Markup;

/// <summary>
/// A cheap model of the HTML tree builder's stack of open elements and list of active formatting elements, fed the
/// page's tags in order. It decides which tags the real parser may see: a start tag that would nest deeper than the
/// depth cap is dropped (with its end tag), and once the work budget is spent every further tag is.
/// Where the model cannot follow the parser exactly (adoption agency, foster parenting, select and ruby rules) it
/// keeps elements open that the parser might close, so the parser's tree is never deeper than the model's.
/// </summary>
internal sealed class OpenElements(int maxDepth, int maxWork)
{
    private const int AdoptionAgencyRounds = 8;

    /// <summary>A round of the adoption agency: a clone of the formatting element and up to three more.</summary>
    private const int AdoptionAgencyWork = 4;

    private static readonly TagName[] ImpliedTableParts = [new("tbody"), new("tr")];

    private readonly List<OpenElement> stack = [];
    private readonly List<FormattingEntry> formatting = [];
    private int closedFormatting;
    private int work;

    public bool Exhausted => work >= maxWork;

    /// <summary>The open elements plus the closed formatting elements the parser would reopen: html and body
    /// count as the two levels every page has.</summary>
    public int Depth => 2 + stack.Count + closedFormatting;

    /// <summary>The current node is SVG or MathML (not an integration point): tags are foreign, CDATA is text.</summary>
    public bool InForeignContent => stack.Count > 0 && stack[^1] is { Foreign: true, IntegrationPoint: false };

    /// <summary>Whether the parser may see this start tag. <paramref name="attributes"/> is the tag's raw attribute
    /// text (formatting elements with the same text are the same to the parser's three-of-a-kind rule).</summary>
    public StartOutcome Start(TagName tag, bool selfClosing, ReadOnlyMemory<char> attributes)
    {
        var name = tag.Name;
        if (Exhausted)
        {
            return StartOutcome.Dropped;
        }
        if (name is "html" or "head" or "body")
        {
            return StartOutcome.Kept; // the parser has them already; later ones only add attributes
        }
        if (InForeignContent && !IsBreakout(tag, attributes.Span))
        {
            return StartForeign(tag, selfClosing, attributes.Span);
        }
        if (tag.Is(TagKind.Void))
        {
            Reconstruct();
            work++;
            return StartOutcome.Kept;
        }
        if (tag.Is(TagKind.RawText))
        {
            Reconstruct();
            work++;
            return StartOutcome.RawText; // never nests: its text ends at its own end tag, which the scanner consumes
        }
        // A cell or row may bring the tbody and tr the parser inserts when they are missing.
        if (Depth + (name is "td" or "th" ? 2 : name == "tr" ? 1 : 0) >= maxDepth)
        {
            tag.Dropped++;
            return StartOutcome.Dropped;
        }
        if (InForeignContent)
        {
            PopForeign();
        }
        CloseImplied(tag);
        if (!tag.Is(TagKind.ClosesParagraph | TagKind.TablePart))
        {
            Reconstruct();
        }
        work++;
        if (name is "svg" or "math")
        {
            if (!selfClosing)
            {
                Push(new OpenElement(tag) { Foreign = true });
            }
            return StartOutcome.Kept;
        }
        var node = new OpenElement(tag) { Special = tag.Is(TagKind.Special), Boundary = tag.Is(TagKind.ScopeBoundary) };
        Push(node);
        if (tag.Is(TagKind.Formatting))
        {
            AddFormatting(node, attributes);
        }
        else if (tag.Is(TagKind.Marker))
        {
            formatting.Add(FormattingEntry.Marker);
        }
        return StartOutcome.Kept;
    }

    /// <summary>Whether the parser may see this end tag.</summary>
    public bool End(TagName tag)
    {
        if (Exhausted)
        {
            return false;
        }
        if (tag.Dropped > 0)
        {
            tag.Dropped--;
            return false;
        }
        work++;
        var name = tag.Name;
        if (name is "html" or "head" or "body" or "br" || tag.Is(TagKind.RawText))
        {
            return true; // body and html stay open; </br> is a <br>; raw text ends inside the scanner
        }
        if (InForeignContent || !tag.Is(TagKind.Special | TagKind.Formatting))
        {
            CloseUpToSpecial(name);
        }
        else if (tag.Is(TagKind.Formatting))
        {
            AdoptionAgency(name);
        }
        else
        {
            var boundaries = name switch { "li" => ListItemScope, "p" => ButtonScope, _ => tag.Is(TagKind.TablePart) || name == "table" ? TableScope : DefaultScope };
            var index = tag.Is(TagKind.Heading) ? FindHeadingInScope() : FindInScope(name, boundaries);
            if (index >= 0)
            {
                PopTo(index);
            }
        }
        return true;
    }

    /// <summary>Text (or a character the tokenizer gave up on) is about to be inserted.</summary>
    public void Text() => Reconstruct();

    private StartOutcome StartForeign(TagName tag, bool selfClosing, ReadOnlySpan<char> attributes)
    {
        var name = tag.Name;
        if (!selfClosing && Depth >= maxDepth)
        {
            tag.Dropped++;
            return StartOutcome.Dropped;
        }
        work++;
        if (!selfClosing)
        {
            var integration = tag.Is(TagKind.IntegrationPoint)
                || name == "annotation-xml" && (attributes.Contains("text/html", StringComparison.OrdinalIgnoreCase)
                    || attributes.Contains("application/xhtml+xml", StringComparison.OrdinalIgnoreCase));
            Push(new OpenElement(tag) { Foreign = true, IntegrationPoint = integration, Boundary = integration });
        }
        return StartOutcome.Kept;
    }

    private static bool IsBreakout(TagName tag, ReadOnlySpan<char> attributes) =>
        tag.Is(TagKind.Breakout) || tag.Name == "font" && (attributes.Contains("color", StringComparison.OrdinalIgnoreCase)
            || attributes.Contains("face", StringComparison.OrdinalIgnoreCase) || attributes.Contains("size", StringComparison.OrdinalIgnoreCase));

    private void PopForeign()
    {
        while (InForeignContent)
        {
            PopTo(stack.Count - 1);
        }
    }

    /// <summary>What the start tag closes before it is inserted: paragraphs, sibling list items and cells, tables.</summary>
    private void CloseImplied(TagName tag)
    {
        var name = tag.Name;
        switch (name)
        {
            case "li":
                CloseSiblingItem(static n => n == "li");
                break;
            case "dd" or "dt":
                CloseSiblingItem(static n => n is "dd" or "dt");
                break;
            case "option" or "optgroup" when stack.Count > 0 && stack[^1].Name == "option":
                PopTo(stack.Count - 1);
                return;
            case "a":
                if (LastFormatting("a") >= 0)
                {
                    work += AdoptionAgencyWork;
                    AdoptionAgency("a");
                    if (LastFormatting("a") is var left and >= 0)
                    {
                        RemoveFormatting(left);
                    }
                }
                return;
            case "nobr" when FindInScope(name, DefaultScope) >= 0:
                AdoptionAgency(name);
                return;
            case "button" when FindInScope(name, DefaultScope) is var open and >= 0:
                PopTo(open);
                return;
            case "table" when stack.Count > 0 && stack[^1].Name is "table" or "tbody" or "thead" or "tfoot" or "tr":
                PopTo(FindInScope("table", TableScope));
                return;
            case "tr":
                ClearToTable(static n => n is "tbody" or "thead" or "tfoot", implied: 1);
                return;
            case "td" or "th":
                ClearToTable(static n => n == "tr", implied: 2);
                return;
            case "tbody" or "thead" or "tfoot" or "caption" or "colgroup":
                ClearToTable(static _ => false, implied: 0);
                return;
        }
        if (tag.Is(TagKind.ClosesParagraph) && FindInScope("p", ButtonScope) is var p and >= 0)
        {
            PopTo(p);
        }
        if (tag.Is(TagKind.Heading) && stack.Count > 0 && stack[^1].Tag.Is(TagKind.Heading))
        {
            PopTo(stack.Count - 1);
        }
    }

    private void CloseSiblingItem(Func<string, bool> isItem)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            var node = stack[i];
            if (isItem(node.Name))
            {
                PopTo(i);
                return;
            }
            if (node.Special && node.Name is not ("address" or "div" or "p"))
            {
                return;
            }
        }
    }

    /// <summary>Inside a table, pops back to the nearest open <paramref name="container"/> above the table; when there
    /// is none, the parser inserts the missing ones (tbody, tr), counted as work.</summary>
    private void ClearToTable(Func<string, bool> container, int implied)
    {
        var table = FindInScope("table", TableScope);
        if (table < 0)
        {
            return; // outside a table the parser ignores the tag; inserting it is the deeper assumption
        }
        for (var i = stack.Count - 1; i > table; i--)
        {
            if (container(stack[i].Name))
            {
                PopTo(i + 1);
                return;
            }
        }
        PopTo(table + 1);
        foreach (var part in ImpliedTableParts.AsSpan(0, implied))
        {
            work++;
            Push(new OpenElement(part) { Special = true });
        }
    }

    /// <summary>
    /// The end tag of a formatting element. Without a block element inside it, it closes like any element. With one,
    /// the parser's adoption agency clones it into that block (at most 8 rounds, each cloning up to 3 more
    /// formatting elements): the clones are counted as work, and with 8 blocks or more it may stay open.
    /// </summary>
    private void AdoptionAgency(string name)
    {
        var entry = LastFormatting(name);
        if (entry < 0)
        {
            CloseUpToSpecial(name);
            return;
        }
        var node = formatting[entry].Open;
        if (node is null)
        {
            RemoveFormatting(entry);
            return;
        }
        var index = stack.LastIndexOf(node);
        var blocks = 0;
        for (var i = index + 1; i < stack.Count; i++)
        {
            if (stack[i].Boundary)
            {
                return; // not in scope: the parser ignores the end tag
            }
            blocks += stack[i].Special ? 1 : 0;
        }
        if (blocks == 0)
        {
            var open = formatting[entry];
            PopTo(index);
            RemoveFormatting(formatting.IndexOf(open));
            return;
        }
        work += AdoptionAgencyWork * Math.Min(blocks, AdoptionAgencyRounds);
        if (blocks >= AdoptionAgencyRounds)
        {
            return;
        }
        stack.RemoveAt(index);
        formatting.RemoveAt(entry);
    }

    private void CloseUpToSpecial(string name)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Name == name)
            {
                PopTo(i);
                return;
            }
            if (stack[i].Special && !stack[i].Foreign)
            {
                return;
            }
        }
    }

    private static readonly Func<OpenElement, bool> DefaultScope = static n => n.Boundary;
    private static readonly Func<OpenElement, bool> ListItemScope = static n => n.Boundary || !n.Foreign && n.Name is "ol" or "ul";
    private static readonly Func<OpenElement, bool> ButtonScope = static n => n.Boundary || !n.Foreign && n.Name == "button";
    private static readonly Func<OpenElement, bool> TableScope = static n => !n.Foreign && n.Name is "table" or "template" or "html";

    private int FindInScope(string name, Func<OpenElement, bool> boundary)
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Name == name && !stack[i].Foreign)
            {
                return i;
            }
            if (boundary(stack[i]))
            {
                return -1;
            }
        }
        return -1;
    }

    private int FindHeadingInScope()
    {
        for (var i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i].Tag.Is(TagKind.Heading) && !stack[i].Foreign)
            {
                return i;
            }
            if (DefaultScope(stack[i]))
            {
                return -1;
            }
        }
        return -1;
    }

    private void Push(OpenElement node) => stack.Add(node);

    /// <summary>Pops the element at <paramref name="index"/> and everything opened after it.</summary>
    private void PopTo(int index)
    {
        if (index < 0)
        {
            return;
        }
        for (var i = stack.Count - 1; i >= index; i--)
        {
            var node = stack[i];
            stack.RemoveAt(i);
            if (node.Entry is { } entry)
            {
                entry.Open = null;
                closedFormatting++;
            }
            if (node.Tag.Is(TagKind.Marker) && !node.Foreign)
            {
                ClearToMarker();
            }
        }
    }

    private void AddFormatting(OpenElement node, ReadOnlyMemory<char> attributes)
    {
        // The parser keeps at most three identical entries after the last marker (its "Noah's Ark" rule).
        var same = 0;
        var earliest = -1;
        for (var i = formatting.Count - 1; i >= 0 && !formatting[i].IsMarker; i--)
        {
            if (formatting[i].Tag == node.Tag && formatting[i].Attributes.Span.SequenceEqual(attributes.Span))
            {
                same++;
                earliest = i;
            }
        }
        if (same >= 3)
        {
            RemoveFormatting(earliest);
        }
        var entry = new FormattingEntry(node.Tag, attributes) { Open = node };
        node.Entry = entry;
        formatting.Add(entry);
    }

    private int LastFormatting(string name)
    {
        for (var i = formatting.Count - 1; i >= 0 && !formatting[i].IsMarker; i--)
        {
            if (formatting[i].Name == name)
            {
                return i;
            }
        }
        return -1;
    }

    private void RemoveFormatting(int index)
    {
        var entry = formatting[index];
        formatting.RemoveAt(index);
        if (entry.Open is { } node)
        {
            node.Entry = null; // stays open on the stack as a plain element
        }
        else if (!entry.IsMarker)
        {
            closedFormatting--;
        }
    }

    private void ClearToMarker()
    {
        while (formatting.Count > 0)
        {
            var last = formatting.Count - 1;
            var marker = formatting[last].IsMarker;
            RemoveFormatting(last);
            if (marker)
            {
                return;
            }
        }
    }

    /// <summary>Reopens the formatting elements that were closed by an enclosing end tag, as the parser does before
    /// inserting text or most elements.</summary>
    private void Reconstruct()
    {
        if (closedFormatting == 0 || formatting.Count == 0 || formatting[^1].IsMarker || formatting[^1].Open is not null)
        {
            return;
        }
        var first = formatting.Count - 1;
        while (first > 0 && !formatting[first - 1].IsMarker && formatting[first - 1].Open is null)
        {
            first--;
        }
        for (var i = first; i < formatting.Count; i++)
        {
            var entry = formatting[i];
            var node = new OpenElement(entry.Tag) { Entry = entry };
            entry.Open = node;
            closedFormatting--;
            work++;
            Push(node);
        }
    }
}
