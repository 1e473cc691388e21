using AngleSharp.Dom;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Copies the visible part of a parsed document into a <see cref="ContentTree"/> in one iterative walk (no recursion,
/// so any nesting depth is safe), skipping scripts, styles, embeds, form controls and hidden elements, and gathering
/// the metadata sources on the way.
/// </summary>
internal static class ContentTreeBuilder
{
    private const int NoScriptTextLimit = 4000;

    public static ContentTree Build(IDocument document)
    {
        var sources = new PageSources { Title = document.Title, Language = document.DocumentElement?.GetAttribute("lang") };
        var root = new ContentNode("#root", null, 0) { Kind = TagKind.Block };
        var nodes = new List<ContentNode>(4096) { root };
        var stack = new Stack<(INode Node, ContentNode Parent)>();
        var hintCache = new Dictionary<string, HintVerdict>(StringComparer.Ordinal);
        if (document.DocumentElement is { } html)
        {
            stack.Push((html, root));
        }
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node is IText text)
            {
                if (text.Data.Length > 0 && !IsSpaceBesideBlock(text.Data, parent))
                {
                    var textNode = new ContentNode("#text", parent, nodes.Count)
                    {
                        Text = text.Data, Kind = TagKind.Text, InPre = parent.InPre, InLink = parent.InLink,
                    };
                    parent.Add(textNode);
                    nodes.Add(textNode);
                }
                continue;
            }
            if (node is not IElement element)
            {
                continue;
            }
            var tag = element.LocalName;
            if (TagTable.Skipped.Contains(tag))
            {
                Collect(element, tag, parent, sources);
                continue;
            }
            var attributes = ElementAttributes.Read(element);
            if (attributes.Hides && tag is not ("html" or "body"))
            {
                continue; // anti-flicker scripts hide the whole page until they run; html/body content is still real
            }
            var content = CreateNode(tag, attributes, parent, nodes.Count, hintCache);
            parent.Add(content);
            nodes.Add(content);
            Note(element, tag, attributes, content, sources);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], content));
            }
        }
        return new ContentTree(root, nodes, sources);
    }

    /// <summary>Indentation between blocks (about a third of all nodes) changes no text: leave it out.</summary>
    private static bool IsSpaceBesideBlock(string text, ContentNode parent)
    {
        if (parent.InPre || !(parent.LastChild is { } previous ? previous.IsBlock : parent.IsBlock))
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c))
            {
                return false;
            }
        }
        return true;
    }

    private static ContentNode CreateNode(string tag, in ElementAttributes attributes, ContentNode parent, int index,
        Dictionary<string, HintVerdict> hintCache)
    {
        var kind = TagTable.KindOf(tag);
        // A heading's id is an anchor made of its words ("nav_nur_die_folie__1"), not a name for what it holds.
        var (id, className) = (kind == TagKind.Heading ? null : attributes.Id, attributes.Class);
        var hints = string.IsNullOrEmpty(id) ? className ?? "" : string.IsNullOrEmpty(className) ? id : className + " " + id;
        var verdict = hints.Length == 0 ? default : Verdict(hints, hintCache);
        var unlikely = tag is "nav" or "aside" or "footer";
        if (!unlikely && tag is not ("html" or "body" or "article" or "main" or "a") && !parent.InPre)
        {
            var role = attributes.Role;
            unlikely = (verdict.Unlikely || role is not null && ClassHints.IsUnlikelyRole(role)) && !InTable(parent);
        }
        return new ContentNode(tag, parent, index)
        {
            Hints = hints,
            Kind = kind,
            InPre = parent.InPre || kind == TagKind.Pre || tag == "code" && parent.InPre,
            InLink = parent.InLink || kind == TagKind.Link,
            HintWeight = verdict.Weight,
            IsArticleBody = attributes.ItemProp?.Contains("articleBody", StringComparison.OrdinalIgnoreCase) == true,
            Unlikely = unlikely,
        };
    }

    /// <summary>Pages repeat the same class names many times; each is read once per page.</summary>
    private static HintVerdict Verdict(string hints, Dictionary<string, HintVerdict> cache)
    {
        if (!cache.TryGetValue(hints, out var verdict))
        {
            var reading = new ClassHints.Reading(hints);
            verdict = new HintVerdict(ClassHints.Weight(hints, reading), ClassHints.IsUnlikely(reading));
            cache[hints] = verdict;
        }
        return verdict;
    }

    private readonly record struct HintVerdict(int Weight, bool Unlikely);

    private static bool InTable(ContentNode node)
    {
        for (var n = node; n is not null && n.Depth > node.Depth - 8; n = n.Parent)
        {
            if (n.Tag is "table" or "code")
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Skipped elements that still feed the metadata: meta, link, JSON-LD, noscript.</summary>
    private static void Collect(IElement element, string tag, ContentNode parent, PageSources sources)
    {
        switch (tag)
        {
            case "head":
                foreach (var child in element.Children)
                {
                    Collect(child, child.LocalName, parent, sources);
                }
                break;
            case "meta":
                var content = element.GetAttribute("content");
                if (content is null)
                {
                    break;
                }
                foreach (var attribute in (ReadOnlySpan<string>)["property", "name", "itemprop", "http-equiv"])
                {
                    if (element.GetAttribute(attribute) is { Length: > 0 } key)
                    {
                        sources.AddMeta(key, content);
                    }
                }
                break;
            case "link":
                var rel = element.GetAttribute("rel");
                if (rel is not null && rel.Contains("canonical", StringComparison.OrdinalIgnoreCase))
                {
                    sources.CanonicalHref ??= element.GetAttribute("href");
                }
                break;
            case "base":
                sources.BaseHref ??= element.GetAttribute("href");
                break;
            case "noscript":
                if (sources.NoScriptText.Length < NoScriptTextLimit)
                {
                    var text = element.TextContent;
                    sources.NoScriptText += " " + (text.Length > NoScriptTextLimit ? text[..NoScriptTextLimit] : text);
                }
                break;
            case "input" or "select" or "textarea":
                parent.OwnInputs++;
                break;
            case "button" when !string.IsNullOrWhiteSpace(element.TextContent):
                parent.OwnInputs++; // an icon alone on a button (a tooltip, a data sheet's marks) is no control of a form
                break;
            case "iframe" or "object" or "embed" or "video" or "audio":
                parent.OwnEmbeds++;
                break;
        }
    }

    private static void Note(IElement element, string tag, in ElementAttributes attributes, ContentNode node,
        PageSources sources)
    {
        switch (tag)
        {
            case "h1":
                sources.Headings1.Add(node);
                break;
            case "time" when sources.FirstTimeDatetime is null:
                sources.FirstTimeDatetime = element.GetAttribute("datetime");
                break;
        }
        if (IsBylineElement(attributes, node))
        {
            sources.Bylines.Add(node);
        }
    }

    private static bool IsBylineElement(in ElementAttributes attributes, ContentNode node)
    {
        if (attributes.Rel is "author"
            || attributes.ItemProp?.Contains("author", StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }
        return node.Hints.Length > 0 && node.Hints.Contains("byline", StringComparison.OrdinalIgnoreCase);
    }
}
