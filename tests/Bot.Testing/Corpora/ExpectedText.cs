using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Bot.Testing.Corpora;

/// <summary>The text of an expected.html as the scorer sees it: tags stripped, a line break around block tags,
/// script/style/template skipped.</summary>
public static partial class ExpectedText
{
    private static readonly HashSet<string> Block =
    [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "ol", "p", "pre", "section", "table", "td",
        "th", "tr", "ul",
    ];

    public static string Of(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        var text = new StringBuilder();
        var stack = new Stack<(INode Node, bool Exit)>();
        stack.Push((document.Body ?? (INode)document, false));
        while (stack.Count > 0)
        {
            var (node, exit) = stack.Pop();
            if (node is IText t)
            {
                text.Append(t.Data);
                continue;
            }
            if (node is not IElement && node is not IDocument)
            {
                continue;
            }
            var name = (node as IElement)?.LocalName ?? "";
            if (name is "script" or "style" or "template")
            {
                continue;
            }
            if (Block.Contains(name))
            {
                text.Append('\n');
            }
            if (exit)
            {
                continue;
            }
            if (Block.Contains(name))
            {
                stack.Push((node, true));
            }
            for (var i = node.ChildNodes.Length - 1; i >= 0; i--)
            {
                stack.Push((node.ChildNodes[i], false));
            }
        }
        return BlankLines().Replace(text.ToString(), "\n\n").Trim();
    }

    [GeneratedRegex(@"\n\s*\n+")]
    private static partial Regex BlankLines();
}
