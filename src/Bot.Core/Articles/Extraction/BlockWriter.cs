namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Writes the chosen containers out as paragraphs in reading order, leaving out what does not belong inside an
/// article (see <see cref="BoilerplateFilter"/>) and keeping inline text such as links. Each paragraph carries the
/// role of its element (heading, caption) for <see cref="BlockCleaner"/>.
/// </summary>
internal static class BlockWriter
{
    public static List<TextBlock> Write(IReadOnlyList<ContentNode> roots, BoilerplateFilter filter)
    {
        var paragraphs = new List<TextBlock>();
        var buffer = new ParagraphBuffer(paragraphs);
        var stack = new Stack<(ContentNode Node, bool Exit, BlockRole Outer)>(); // Outer: the role to restore on exit
        for (var i = roots.Count - 1; i >= 0; i--)
        {
            stack.Push((roots[i], false, BlockRole.Text));
        }
        while (stack.Count > 0)
        {
            var (node, exit, outer) = stack.Pop();
            if (node.IsText)
            {
                buffer.AppendText(node.Text!, node.InPre, node.InLink);
                continue;
            }
            if (exit)
            {
                buffer.Flush();
                buffer.Role = outer;
                continue;
            }
            if (node.Kind == TagKind.LineBreak)
            {
                buffer.LineBreak();
                continue;
            }
            if (node.Excluded || !node.OnSpine && !IsRoot(node, roots) && filter.Drops(node))
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
                stack.Push((node, true, buffer.Role));
                buffer.Role = RoleOf(node, buffer.Role);
            }
            for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push((child, false, default));
            }
        }
        buffer.Flush();
        return paragraphs;
    }

    private static BlockRole RoleOf(ContentNode node, BlockRole outer) =>
        outer == BlockRole.Cell || node.Kind == TagKind.Cell ? BlockRole.Cell
        : outer == BlockRole.Caption || Captions.IsCaption(node) ? BlockRole.Caption
        : node.IsLead ? BlockRole.Lead
        : node.Kind == TagKind.Heading ? BlockRole.Heading
        : node.Kind == TagKind.ListItem ? BlockRole.ListItem
        : outer;

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
