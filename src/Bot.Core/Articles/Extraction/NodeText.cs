using System.Text;

namespace Bot.Core.Articles.Extraction;

/// <summary>The whitespace-collapsed text of a subtree, read without recursion.</summary>
internal static class NodeText
{
    public static string Of(ContentNode node, int maxLength = int.MaxValue, bool includeExcluded = false)
    {
        var builder = new StringBuilder();
        var stack = new Stack<ContentNode>();
        stack.Push(node);
        while (stack.Count > 0 && builder.Length < maxLength)
        {
            var current = stack.Pop();
            if (current.Excluded && !includeExcluded)
            {
                continue;
            }
            if (current.IsText)
            {
                TextCollapse.Append(builder, current.Text!);
                continue;
            }
            if (current.IsBlock || current.Kind == TagKind.LineBreak)
            {
                TextCollapse.AppendSpace(builder);
            }
            for (var child = current.LastChild; child is not null; child = child.PreviousSibling)
            {
                stack.Push(child);
            }
        }
        return builder.ToString().Trim();
    }
}
