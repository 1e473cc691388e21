namespace Bot.Core.Articles.Extraction;

/// <summary>
/// The story under the page's title: on a page that goes on with other stories (an endless news page, a blog's front
/// page), the block beside the heading that repeats the title is the article, even when another story scores higher.
/// </summary>
internal static class TitledStory
{
    /// <summary>A block beside the title's heading is the article when it scores at least this share of the best.</summary>
    private const double TitledShare = 0.2;

    private const int TitledMinLength = 500;

    /// <summary>The page's only top-level heading that says what its title says, if there is exactly one.</summary>
    public static ContentNode? Heading(ContentTree tree, string? title)
    {
        if (title is null)
        {
            return null;
        }
        ContentNode? found = null;
        foreach (var heading in tree.Sources.Headings1)
        {
            if (!heading.Excluded && TitleSimilarity.Similar(NodeText.Of(heading, 300), title))
            {
                if (found is not null)
                {
                    return null;
                }
                found = heading;
            }
        }
        return found;
    }

    /// <summary>Marks the containers around the title's heading: the article is in one of them, whatever their class
    /// names say. Elements that are boilerplate by their tag (nav, aside, footer) stay unlikely.</summary>
    public static void MarkHolders(ContentTree tree, string? title)
    {
        for (var node = Heading(tree, title)?.Parent; node is not null; node = node.Parent)
        {
            node.HoldsTitle = node.Tag is not ("nav" or "aside" or "footer");
        }
    }

    /// <summary>When the title's heading sits closer to another good block than to the best one, that block is the
    /// article: the deepest container that holds the heading and a good block is the titled story, and a best block
    /// outside it is another story (the next one on an endless page, another post of a front page).</summary>
    public static (ContentNode Best, ContentNode? Story) Find(ContentNode best, List<ContentNode> candidates,
        ContentNode? heading)
    {
        if (heading is null)
        {
            return (best, null);
        }
        var headingAncestors = new HashSet<ContentNode>();
        for (var node = heading.Parent; node is not null; node = node.Parent)
        {
            headingAncestors.Add(node);
        }
        ContentNode? unit = null;
        ContentNode? titled = null;
        foreach (var candidate in candidates)
        {
            if (candidate.TextLength < TitledMinLength || candidate.Score < best.Score * TitledShare
                || candidate.Tag is "#root" or "html" or "body")
            {
                continue;
            }
            var common = candidate;
            while (common is not null && !headingAncestors.Contains(common))
            {
                common = common.Parent;
            }
            if (common is null || common == candidate || unit is not null && common.Depth < unit.Depth)
            {
                continue; // a block around the heading is the page's head, not a story beside it
            }
            if (unit is null || common.Depth > unit.Depth || candidate.Score > titled!.Score)
            {
                unit = common;
                titled = candidate;
            }
        }
        return unit is null || titled is null || best == unit || best.IsWithin(unit) || heading.IsWithin(best)
            ? (best, null) : (titled, unit);
    }
}
