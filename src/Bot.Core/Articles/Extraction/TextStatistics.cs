namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Fills every node's text length, link text length, commas, paragraph/image/list counts in one backward pass
/// over the document-order list (children before parents), so no node's text is ever measured twice.
/// </summary>
internal static class TextStatistics
{
    /// <summary>A <c>p</c> shorter than this is a label ("Aa", "Report issue"), not a paragraph of the article.</summary>
    private const int MinParagraphLength = 20;

    public static void Compute(ContentTree tree, bool skipUnlikely)
    {
        var nodes = tree.Nodes;
        foreach (var node in nodes) // parents first: a node under an excluded one is excluded
        {
            Reset(node);
            node.Excluded = skipUnlikely && (node.Unlikely && !node.HoldsTitle || node.Parent is { Excluded: true });
        }
        for (var i = nodes.Count - 1; i >= 0; i--)
        {
            var node = nodes[i];
            if (node.Excluded)
            {
                continue;
            }
            if (node.IsText)
            {
                node.TextLength = VisibleLength(node.Text!);
                node.Commas = CountCommas(node.Text!);
                if (node.InLink)
                {
                    node.LinkLength = node.TextLength;
                }
            }
            else
            {
                node.Inputs += node.OwnInputs;
                node.Embeds += node.OwnEmbeds;
                switch (node.Kind)
                {
                    case TagKind.Image:
                        node.Images++;
                        break;
                    case TagKind.ListItem:
                        node.ListItems++;
                        break;
                    case TagKind.Link:
                        node.Links++;
                        break;
                }
                if (node.Tag == "p" && node.TextLength >= MinParagraphLength)
                {
                    node.Paragraphs++;
                }
            }
            if (node.Parent is { } parent)
            {
                AddTo(parent, node);
            }
        }
    }

    private static void AddTo(ContentNode parent, ContentNode child)
    {
        parent.TextLength += child.TextLength;
        parent.LinkLength += child.LinkLength;
        parent.Commas += child.Commas;
        parent.Paragraphs += child.Paragraphs;
        parent.Images += child.Images;
        parent.ListItems += child.ListItems;
        parent.Links += child.Links;
        parent.Inputs += child.Inputs;
        parent.Embeds += child.Embeds;
        if (child.IsBlock || child.ContainsBlock)
        {
            parent.ContainsBlock = true;
        }
        if (child.IsText || !child.IsBlock && !child.ContainsBlock)
        {
            parent.InlineLength += child.TextLength;
            parent.InlineCommas += child.Commas;
        }
        else if (!child.IsBlock)
        {
            parent.InlineLength += child.InlineLength; // an inline element wrapping blocks, e.g. <a><div>..</div></a>
            parent.InlineCommas += child.InlineCommas;
        }
    }

    private static void Reset(ContentNode node)
    {
        node.TextLength = node.LinkLength = node.Commas = node.InlineLength = node.InlineCommas = 0;
        node.Paragraphs = node.Images = node.ListItems = node.Links = node.Inputs = node.Embeds = 0;
        node.ContainsBlock = false;
        node.Score = 0;
        node.Scored = false;
        node.OnSpine = false;
        node.IsLead = false;
    }

    /// <summary>Length with runs of whitespace counted as one character and no leading/trailing space.</summary>
    public static int VisibleLength(string text)
    {
        var length = 0;
        var space = true;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (!space)
                {
                    length++;
                    space = true;
                }
            }
            else
            {
                length++;
                space = false;
            }
        }
        return space && length > 0 ? length - 1 : length;
    }

    private static int CountCommas(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (c is ',' or '，' or '、' or '،')
            {
                count++;
            }
        }
        return count;
    }
}
