namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Decides, inside the chosen containers, which blocks are not part of the article: containers whose class says
/// boilerplate, link-dense blocks (link farms, "related" and "most read" lists, share bars), blocks of form controls
/// or embeds, the heading that repeats the title, and a short byline line.
/// </summary>
/// <param name="spineHints">The class names of the containers on the path to the best block (see
/// <see cref="ContentNode.OnSpine"/>): a container named like one of them is another part of the same article (page
/// builders wrap each section of a story in the same "widget-wrap"), so its name alone does not drop it.</param>
internal sealed class BoilerplateFilter(string? title, IReadOnlyCollection<ContentNode> bylines,
    IReadOnlySet<string>? spineHints = null)
{
    private bool titleHeadingDropped;
    private bool bylineDropped;

    public bool Drops(ContentNode node)
    {
        if (node.Kind == TagKind.Heading)
        {
            return DropsHeading(node);
        }
        if (node.Kind == TagKind.Inline && Captions.IsCaption(node))
        {
            return true; // a caption set inline at the start of a paragraph
        }
        if (!bylineDropped && node.TextLength < 100 && bylines.Contains(node))
        {
            bylineDropped = true;
            return true;
        }
        if (IsLinkFarm(node) || IsAuthorBio(node))
        {
            return true;
        }
        if (node.Tag is "div" or "section" && !node.ContainsBlock)
        {
            return IsLinkLine(node) || IsLinkButton(node); // a div used as a paragraph
        }
        return node.Tag switch
        {
            "div" or "section" or "ul" or "ol" or "dl" or "table" or "form" or "fieldset" or "header" or "figure"
                or "aside" or "footer" or "nav" or "menu" => DropsContainer(node),
            "p" => IsLinkLine(node),
            _ => false,
        };
    }

    private bool DropsHeading(ContentNode node)
    {
        if (node.HintWeight < 0 || node.TextLength == 0)
        {
            return true;
        }
        if (titleHeadingDropped || title is null || node.TextLength > title.Length * 2 + 20)
        {
            return false;
        }
        var text = NodeText.Of(node);
        if (TitleSimilarity.Similar(text, title))
        {
            titleHeadingDropped = true;
            return true;
        }
        return false;
    }

    /// <summary>The box about the writer under the story ("post-body-bio", "author-bio"): its class says bio, which
    /// the content words beside it ("post-body") would otherwise outweigh.</summary>
    private static bool IsAuthorBio(ContentNode node) =>
        node.Kind == TagKind.Block && node.TextLength < 1000 && node.Hints.Contains("bio", StringComparison.Ordinal)
        && ClassHints.Tokens(node.Hints).Contains("bio");

    /// <summary>A few words that are all one link, alone in their div: "Read more", "Show comments", "Next". In a
    /// table cell such a div is data (a name in a list of products).</summary>
    private static bool IsLinkButton(ContentNode node) =>
        node.Links == 1 && node.TextLength < 25 && node.LinkLength == node.TextLength && node.Images == 0
        && !InCell(node);

    private static bool InCell(ContentNode node)
    {
        for (var n = node.Parent; n is not null && n.Depth > node.Depth - 6; n = n.Parent)
        {
            if (n.Kind == TagKind.Cell)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsLinkLine(ContentNode node) => node.Links > 3 && node.LinkDensity > 0.8;

    private static bool IsLinkFarm(ContentNode node) =>
        node.Links >= 8 && node.LinkDensity > 0.85 && node.Kind is TagKind.Block or TagKind.ListItem
        && !InTextList(node);

    /// <summary>A list of links nested in a list item, each link a phrase rather than a label, details that item (the
    /// bugs fixed for a point, its sources); menus nest lists of short labels.</summary>
    private static bool InTextList(ContentNode node)
    {
        var list = node.Kind == TagKind.ListItem ? node.Parent : node;
        return list is { Parent.Kind: TagKind.ListItem } && node.Links > 0 && node.LinkLength / node.Links >= 30;
    }

    /// <summary>An image with a short caption and no links: a figure of the article whatever its class says
    /// ("widget", "media"); promotions link somewhere.</summary>
    private static bool IsCaptionedImage(ContentNode node) =>
        node.Images > 0 && node.Links == 0 && node.TextLength is > 0 and < 300 && node.Inputs == 0;

    /// <summary>A short line of prose in a div used as a paragraph ("They both took one.", "“Really?”"): several words,
    /// or a quoted line, ending like a sentence, no links. Widget labels ("Advertisement", "Share") end otherwise.</summary>
    private static bool IsShortSentence(ContentNode node)
    {
        if (node.Links > 0 || node.Inputs > 0 || node.Tag is not ("div" or "section"))
        {
            return false;
        }
        var text = NodeText.Of(node, 50);
        return text.Length > 1 && (text.Contains(' ') || text[0] is '“' or '"' or '«' or '„')
            && text[^1] is '.' or '!' or '?' or '”' or '"' or '»' or '…' or '。';
    }

    /// <summary>The class names of the spine's boilerplate-named containers, below the selected roots.</summary>
    public static HashSet<string> SpineHints(IReadOnlyList<ContentNode> roots)
    {
        var hints = new HashSet<string>(StringComparer.Ordinal);
        foreach (var root in roots)
        {
            for (var node = root; node is not null;)
            {
                if (node.HintWeight < 0)
                {
                    hints.Add(node.Hints);
                }
                var next = node.FirstChild;
                while (next is not null && !next.OnSpine)
                {
                    next = next.NextSibling;
                }
                node = next;
            }
        }
        return hints;
    }

    private bool DropsContainer(ContentNode node)
    {
        if (IsCaptionedImage(node))
        {
            return false;
        }
        if (node.HintWeight + Math.Max(0, node.Score) < 0 && spineHints?.Contains(node.Hints) != true)
        {
            return true;
        }
        if (node.Commas >= 10)
        {
            return false;
        }
        var density = node.LinkDensity;
        var paragraphs = node.Paragraphs;
        var isList = node.Tag is "ul" or "ol" or "dl";
        if (node.Tag == "table")
        {
            return density > 0.5 && node.TextLength < 2000;
        }
        if (node.TextLength < 25)
        {
            return node.Images == 0 && node.Tag != "figure" && !IsShortSentence(node);
        }
        if (!isList && node.ListItems > paragraphs * 2 + 3 && density > 0.3)
        {
            return true;
        }
        if (node.Inputs > 2 && node.Inputs > paragraphs)
        {
            return true; // a form: search box, sign-up, comment box
        }
        if (isList)
        {
            return density > 0.9 && node.Links > 0 && !InTextList(node); // navigation, "related", "most read", a promoted link
        }
        return node.HintWeight < 25 ? density > 0.35 : density > 0.5;
    }
}
