namespace Bot.Core.Articles.Extraction;

/// <summary>
/// A compact copy of one visible DOM node: the extractor works on this tree instead of the DOM so it can keep
/// per-node statistics in fields and walk it with plain loops.
/// </summary>
internal sealed class ContentNode
{
    public ContentNode(string tag, ContentNode? parent, int index)
    {
        Tag = tag;
        Parent = parent;
        Index = index;
        Depth = parent is null ? 0 : parent.Depth + 1;
    }

    /// <summary>Lower-case tag name, or <c>#text</c> for a text run.</summary>
    public string Tag { get; }

    public ContentNode? Parent { get; }

    /// <summary>Position in document order; parents come before their descendants.</summary>
    public int Index { get; }

    public int Depth { get; }

    /// <summary>The text of a text run (raw, whitespace not yet collapsed).</summary>
    public string? Text { get; init; }

    /// <summary>Class and id, lower-cased, separated by a space.</summary>
    public string Hints { get; init; } = "";

    public TagKind Kind { get; init; }

    /// <summary>Class/id/role suggest boilerplate (navigation, comments, share bars...).</summary>
    public bool Unlikely { get; set; }

    /// <summary>Encloses the heading that repeats the page's title (see <see cref="TitledStory.MarkHolders"/>): a class
    /// name that sounds like boilerplate ("hasHeaderImage") does not leave it out.</summary>
    public bool HoldsTitle { get; set; }

    /// <summary>Inside a <c>pre</c>: whitespace is kept.</summary>
    public bool InPre { get; init; }

    public bool InLink { get; init; }

    /// <summary>Marked <c>itemprop="articleBody"</c>: the page says this element is the article's text.</summary>
    public bool IsArticleBody { get; init; }

    /// <summary>Weight from class/id hints: positive for content words, negative for boilerplate words.</summary>
    public int HintWeight { get; init; }

    // Children as a linked list: most elements have one or two, and a list per element costs more than the node.
    public ContentNode? FirstChild { get; private set; }

    public ContentNode? LastChild { get; private set; }

    public ContentNode? NextSibling { get; private set; }

    public ContentNode? PreviousSibling { get; private set; }

    public bool IsText => Text is not null;

    public bool IsBlock => Kind is TagKind.Block or TagKind.Heading or TagKind.ListItem or TagKind.Cell or TagKind.Pre;

    // Statistics, recomputed by TextStatistics for each extraction attempt.
    public int TextLength;
    public int LinkLength;
    public int Commas;
    public int InlineLength;
    public int InlineCommas;
    public int Paragraphs;
    public int Images;
    public int ListItems;
    public int Links;
    public int Inputs;
    public int Embeds;

    /// <summary>Form controls and embeds skipped directly under this element while building.</summary>
    public int OwnInputs;
    public int OwnEmbeds;
    public bool ContainsBlock;
    public bool Excluded;

    // Candidate scoring.
    public double Score;
    public bool Scored;

    /// <summary>The best-scoring container or one of its ancestors inside the selection: never dropped as
    /// boilerplate, whatever its class says ("elementor-widget-wrap" around the post body).</summary>
    public bool OnSpine;

    /// <summary>A standfirst outside the best block, written before it (see <see cref="LeadParagraphs"/>).</summary>
    public bool IsLead;

    public void Add(ContentNode child)
    {
        if (LastChild is { } last)
        {
            last.NextSibling = child;
            child.PreviousSibling = last;
        }
        else
        {
            FirstChild = child;
        }
        LastChild = child;
    }

    public double LinkDensity => TextLength == 0 ? 0 : (double)LinkLength / TextLength;

    /// <summary>Whether <paramref name="ancestor"/> encloses this node (a node is not within itself).</summary>
    public bool IsWithin(ContentNode ancestor)
    {
        for (var node = Parent; node is not null && node.Depth >= ancestor.Depth; node = node.Parent)
        {
            if (node == ancestor)
            {
                return true;
            }
        }
        return false;
    }

    public override string ToString() => IsText ? $"\"{Text}\"" : $"<{Tag} {Hints}>";
}
