namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Finds the standfirst that sits between the title's heading and the article's block, outside both (a lead in the
/// page header, above the byline and the photo): paragraphs of prose there open the article, and so does a deck, the
/// sentence-long subheading right under the title.
/// </summary>
internal static class LeadParagraphs
{
    /// <summary>Farther apart (in nodes) than this, heading and block are not one header and its story.</summary>
    private const int MaxDistance = 150;

    /// <summary>A standfirst is a paragraph of its own, a few lines long; a one-line deck under the headline is a
    /// subtitle that readers of the story (and Readability's test pages) leave out.</summary>
    private const int MinLength = 230;

    /// <summary>...unless its class (or its box's) calls it the lead, teaser or excerpt: then two lines are one.</summary>
    private const int NamedMinLength = 120;

    private static readonly ClassHints.WordSet LeadWords =
        new("lead", "teaser", "excerpt", "intro", "standfirst", "summary");

    private const int MaxParagraphs = 2;

    private const int DeckMinLength = 80;

    private const int DeckMinSpaces = 9;

    private const double MaxLinkDensity = 0.2;

    /// <summary>The selected containers, with the lead paragraphs before them when there are some.</summary>
    public static List<ContentNode> Before(List<ContentNode> selected, ContentNode? heading, ContentTree tree)
    {
        if (heading is null || selected.Count == 0)
        {
            return selected;
        }
        var first = selected[0];
        if (heading.Index >= first.Index || first.Index - heading.Index > MaxDistance || heading.IsWithin(first))
        {
            return selected;
        }
        var lead = new List<ContentNode>(MaxParagraphs);
        var sawText = false;
        for (var i = heading.Index + 1; i < first.Index; i++)
        {
            var node = tree.Nodes[i];
            if (node.IsWithin(heading))
            {
                continue;
            }
            if (!sawText && node.Kind == TagKind.Heading && !node.Excluded && IsDeck(node))
            {
                lead.Add(node);
                sawText = true;
                continue;
            }
            sawText |= node.IsText && node.TextLength > 0;
            if (node.IsText || node.Excluded || node.Kind != TagKind.Block || node.ContainsBlock)
            {
                continue;
            }
            if (!IsLead(node) || InByline(node, tree.Sources.Bylines))
            {
                continue;
            }
            if (lead.Count == MaxParagraphs)
            {
                return selected; // more prose than a standfirst: teasers or another block, not a lead
            }
            lead.Add(node);
        }
        if (lead.Count == 0)
        {
            return selected;
        }
        foreach (var node in lead)
        {
            node.IsLead = true;
        }
        lead.AddRange(selected);
        return lead;
    }

    /// <summary>The subheading right under the title that says in a sentence what the story is about (a deck):
    /// several words, no links.</summary>
    private static bool IsDeck(ContentNode node)
    {
        if (node.TextLength < DeckMinLength || node.Links > 0)
        {
            return false;
        }
        var text = NodeText.Of(node, 600);
        return TextWeight.Of(text) >= DeckMinLength && text.Count(c => c == ' ') >= DeckMinSpaces;
    }

    private static bool IsLead(ContentNode node)
    {
        var minLength = NamedAsLead(node) ? NamedMinLength : MinLength;
        if (node.TextLength * 3 < minLength || node.LinkDensity > MaxLinkDensity || node.Images > 0 || Captions.IsCaption(node))
        {
            return false;
        }
        for (var ancestor = node; ancestor is not null && ancestor.Depth > node.Depth - 4; ancestor = ancestor.Parent)
        {
            if (ancestor.HintWeight < 0 || ancestor.Tag is "figure" or "aside" or "nav" or "footer" or "form")
            {
                return false;
            }
        }
        var text = NodeText.Of(node, 2000);
        return TextWeight.Of(text) >= minLength && text[^1] is '.' or '!' or '?' or '…' or '。' or '"' or '”' or '»' or '“';
    }

    /// <summary>The paragraph or one of its two nearest boxes is named as the story's lead ("story-lead-text",
    /// "excerpt", "article-teaser").</summary>
    private static bool NamedAsLead(ContentNode node)
    {
        for (var ancestor = node; ancestor is not null && ancestor.Depth > node.Depth - 3; ancestor = ancestor.Parent)
        {
            if (ancestor.Hints.Length > 0 && new ClassHints.Reading(ancestor.Hints).Has(LeadWords))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"By Jane Doe, a deputy editor who has covered…": the author's box, not the story's lead.</summary>
    private static bool InByline(ContentNode node, List<ContentNode> bylines)
    {
        foreach (var byline in bylines)
        {
            if (byline == node || node.IsWithin(byline) || byline.IsWithin(node))
            {
                return true;
            }
        }
        return false;
    }
}
