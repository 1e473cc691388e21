namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Writes the chosen containers out as paragraphs in reading order, leaving out what does not belong inside an
/// article (see <see cref="BoilerplateFilter"/>) and keeping inline text such as links.
/// </summary>
internal static class BlockWriter
{
    public static List<string> Write(IReadOnlyList<ContentNode> roots, BoilerplateFilter filter)
    {
        var paragraphs = new List<string>();
        var buffer = new ParagraphBuffer(paragraphs);
        var stack = new Stack<(ContentNode Node, bool Exit)>();
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push((roots[i], false));
        }
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node.IsText)
            {
                buffer.AppendText(node.Text!, node.InPre);
                continue;
            }
            if (exit)
            {
                buffer.Flush();
                continue;
            }
            if (node.Kind == TagKind.LineBreak)
            {
                buffer.LineBreak();
                continue;
            }
            if (node.Excluded || !IsRoot(node, roots) && filter.Drops(node))
            {
                if (!node.IsBlock && node.Kind != TagKind.Image)
                {
                    buffer.AppendText(" ", false);
                }
                continue;
            }
            if (node.IsBlock)
            {
                buffer.Flush();
                stack.Push((node, true));
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false));
            }
        }
        buffer.Flush();
        return paragraphs;
    }

    private static bool IsRoot(ContentNode node, IReadOnlyList<ContentNode> roots)
    {
        foreach (var root in roots)
        {
            if (root == node)
            {
                return true;
            }
        }
        return false;
    }
}
