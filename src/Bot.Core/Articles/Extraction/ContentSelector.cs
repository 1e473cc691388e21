namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Finds the container that holds the article: every run of paragraph text scores its enclosing blocks (more for
/// longer, comma-rich text, fading with distance), containers are weighted by tag and class hints and discounted by
/// link density, and the winner is widened to a shared ancestor or joined by siblings that belong with it.
/// </summary>
internal static class ContentSelector
{
    private const int MinUnitLength = 25;
    private const int AncestorLevels = 5;

    /// <summary>A second block scoring at least this share of the best is another part of the same article.</summary>
    private const double StrongShare = 0.5;

    /// <summary>schema.org's articleBody marks the article's text; worth as much as a few paragraphs of content.</summary>
    private const double ArticleBodyBonus = 25;

    private const int ArticleBodyMinLength = 200;

    /// <summary>A positive class hint counts fully on a block with at least this much text.</summary>
    private const int HintFullLength = 250;

    /// <summary>...and holds at least 1/this of its text: a teaser whose class says "post" is not a part.</summary>
    private const int StrongTextShare = 5;

    public static List<ContentNode> Select(ContentTree tree, string? title = null)
    {
        var candidates = ScoreCandidates(tree);
        var articleBody = SingleArticleBody(candidates);
        ContentNode? best = null;
        var bestRank = double.MinValue;
        foreach (var candidate in candidates)
        {
            candidate.Score *= 1 - candidate.LinkDensity;
            var rank = candidate == articleBody ? candidate.Score + ArticleBodyBonus : candidate.Score;
            if (rank > bestRank && candidate.Tag is not ("#root" or "html"))
            {
                best = candidate;
                bestRank = rank;
            }
        }
        if (best is null)
        {
            return [tree.Root];
        }
        var heading = TitledStory.Heading(tree, title);
        (best, var story) = TitledStory.Find(best, candidates, heading);
        // The bonus picks the block; widening and siblings measure against its own score.
        var bestScore = best.Score;
        var core = best;
        best = Widen(best, bestScore, candidates, story);
        for (var node = core; node is not null && node.Depth >= best.Depth; node = node.Parent)
        {
            node.OnSpine = true;
        }
        MarkMainChildren(core);
        return LeadParagraphs.Before(WithSiblings(best, bestScore), heading, tree);
    }

    /// <summary>Below the best block, the child that holds most of its text is what made it best ("col print-full"
    /// around a recipe's steps): it joins the spine, so its class name does not drop it.</summary>
    private static void MarkMainChildren(ContentNode core)
    {
        for (var node = core; node is not null;)
        {
            ContentNode? main = null;
            for (var child = node.FirstChild; child is not null; child = child.NextSibling)
            {
                if (!child.IsText && !child.Excluded && child.TextLength * 2 > node.TextLength)
                {
                    main = child;
                    break;
                }
            }
            if (main is not null)
            {
                main.OnSpine = true;
            }
            node = main;
        }
    }

    /// <summary>The one candidate marked articleBody with some text; none when the page marks several (a story split
    /// into parts around ads is the parts together, which the ordinary scoring finds).</summary>
    private static ContentNode? SingleArticleBody(List<ContentNode> candidates)
    {
        ContentNode? found = null;
        foreach (var candidate in candidates)
        {
            if (candidate.IsArticleBody)
            {
                if (found is not null)
                {
                    return null;
                }
                found = candidate;
            }
        }
        return found is { TextLength: >= ArticleBodyMinLength } ? found : null;
    }

    private static List<ContentNode> ScoreCandidates(ContentTree tree)
    {
        var candidates = new List<ContentNode>();
        foreach (var node in tree.Nodes)
        {
            if (node.Excluded || node.IsText || node.InlineLength < MinUnitLength
                || node.Kind is TagKind.Heading || !node.IsBlock && node.Kind != TagKind.Inline)
            {
                continue;
            }
            if (!node.IsBlock && node.Parent is { IsBlock: true, InlineLength: >= MinUnitLength })
            {
                continue; // inline element whose text is already counted by its block parent
            }
            var unit = 1.0 + node.InlineCommas + Math.Min(node.InlineLength / 100, 3);
            var start = node.ContainsBlock ? node : node.Parent;
            var level = 0;
            for (var ancestor = start; ancestor is not null && level < AncestorLevels; ancestor = ancestor.Parent)
            {
                if (!ancestor.IsBlock || ancestor.Tag == "#root")
                {
                    continue;
                }
                if (!ancestor.Scored)
                {
                    ancestor.Scored = true;
                    ancestor.Score = TagBias(ancestor) + HintBias(ancestor);
                    candidates.Add(ancestor);
                }
                ancestor.Score += unit / (1 << level);
                level++;
            }
        }
        return candidates;
    }

    /// <summary>A content-like class on a block of a few words (an ingredient line, "text-align-center" on a button)
    /// says little about where the article is: a positive hint counts in proportion to the text the block holds.</summary>
    private static double HintBias(ContentNode node) => node.HintWeight <= 0 ? node.HintWeight
        : node.HintWeight * Math.Min(1.0, (double)node.TextLength / HintFullLength);

    private static int TagBias(ContentNode node) => node.Tag switch
    {
        "div" or "article" or "section" or "main" => 5,
        "pre" or "td" or "blockquote" => 3,
        "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" or "address" => -3,
        "th" or "h1" or "h2" or "h3" or "h4" or "h5" or "h6" => -5,
        _ => 0,
    };

    /// <summary>When several strong candidates sit under one ancestor, the article is that ancestor; within the titled
    /// story when the title chose the block (the other stories of the page are not parts of it).</summary>
    private static ContentNode Widen(ContentNode best, double bestScore, List<ContentNode> candidates, ContentNode? story)
    {
        var strong = candidates.Where(c => c != best && c.Score >= bestScore * StrongShare
                && (story is null || c.IsWithin(story))
                && c.TextLength * StrongTextShare >= best.TextLength && !c.IsWithin(best) && !best.IsWithin(c))
            .OrderByDescending(c => c.Score).Take(5).ToList();
        if (strong.Count >= 1)
        {
            var widened = false;
            for (var ancestor = best.Parent; ancestor is not null && ancestor.Tag is not ("body" or "html" or "#root")
                 && (story is null || ancestor.Depth >= story.Depth); ancestor = ancestor.Parent)
            {
                if (strong.Count(c => c.IsWithin(ancestor)) * 2 >= strong.Count)
                {
                    best = ancestor;
                    widened = true;
                    break;
                }
            }
            if (!widened && story is null && strong.Count >= 2 && StrongText(strong) >= best.TextLength * 3
                && Body(best) is { } body)
            {
                best = body;
            }
        }
        // A parent that outscores the path below it holds more of the article (e.g. a lead and a "read more" part).
        var last = best.Score;
        for (var parent = best.Parent; parent is not null && parent.Tag is not ("body" or "html" or "#root")
             && (story is null || parent.Depth >= story.Depth); parent = parent.Parent)
        {
            if (!parent.Scored)
            {
                continue;
            }
            if (parent.Score < bestScore / 3)
            {
                break;
            }
            if (parent.Score > last)
            {
                best = parent;
                break;
            }
            last = parent.Score;
        }
        // A container that is its parent's only content says nothing more than the parent: take the parent.
        while (best.Parent is { } only && only.Tag is not ("body" or "html" or "#root")
               && only.TextLength <= best.TextLength + 5 && (story is null || only.Depth >= story.Depth))
        {
            best = only;
        }
        return best;
    }

    /// <summary>The text of the strong candidates, each counted once (not again inside another).</summary>
    private static int StrongText(List<ContentNode> strong)
    {
        var total = 0;
        foreach (var candidate in strong)
        {
            if (!strong.Any(other => other != candidate && candidate.IsWithin(other)))
            {
                total += candidate.TextLength;
            }
        }
        return total;
    }

    private static ContentNode? Body(ContentNode node)
    {
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.Tag == "body")
            {
                return n;
            }
        }
        return null;
    }

    private static List<ContentNode> WithSiblings(ContentNode best, double bestScore)
    {
        if (best.Parent is not { } parent || best.Tag is "body")
        {
            return [best];
        }
        var threshold = Math.Max(10, bestScore * 0.2);
        var selected = new List<ContentNode>();
        for (var sibling = parent.FirstChild; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling == best)
            {
                selected.Add(sibling);
            }
            else if (!sibling.IsText && !sibling.Excluded && Belongs(sibling, best, threshold))
            {
                selected.Add(sibling);
            }
        }
        return selected;
    }

    /// <summary>Same tag and same first class name: "item item--image" beside "item item--text".</summary>
    private static bool SameKind(ContentNode sibling, ContentNode best)
    {
        if (sibling.Tag != best.Tag || sibling.Hints.Length == 0 || best.Hints.Length == 0)
        {
            return false;
        }
        var a = sibling.Hints.AsSpan().TrimStart();
        var b = best.Hints.AsSpan().TrimStart();
        var aEnd = a.IndexOf(' ');
        var bEnd = b.IndexOf(' ');
        var first = aEnd < 0 ? a : a[..aEnd];
        return first.Length >= 3 && first.SequenceEqual(bEnd < 0 ? b : b[..bEnd]);
    }

    private static bool Belongs(ContentNode sibling, ContentNode best, double threshold)
    {
        var bonus = sibling.Hints.Length > 0 && sibling.Hints == best.Hints ? threshold : 0;
        if (sibling.Scored && sibling.Score + bonus >= threshold)
        {
            return true;
        }
        if (SameKind(sibling, best))
        {
            // Another item of the same series (text, image, quote items of one story): kept unless it is links.
            return sibling.LinkDensity < 0.25 && (sibling.TextLength > 0 || sibling.Images > 0);
        }
        if (sibling.Tag != "p" && (sibling.ContainsBlock || sibling.Kind != TagKind.Block))
        {
            return false;
        }
        var length = sibling.TextLength;
        if (length > 80)
        {
            return sibling.LinkDensity < 0.25;
        }
        if (length == 0 || sibling.LinkLength > 0)
        {
            return false;
        }
        var text = NodeText.Of(sibling, 200);
        return text.EndsWith('.') || text.EndsWith('。');
    }
}
