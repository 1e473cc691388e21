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
        if (document.DocumentElement is { } html)
        {
            stack.Push((html, root));
        }
        while (stack.Count > 0)
        {
            var (node, parent) = stack.Pop();
            if (node is IText text)
            {
                if (text.Data.Length > 0)
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
            if (IsHidden(element, tag))
            {
                continue;
            }
            var content = CreateNode(element, tag, parent, nodes.Count);
            parent.Add(content);
            nodes.Add(content);
            Note(element, tag, content, sources);
            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], content));
            }
        }
        return new ContentTree(root, nodes, sources);
    }

    private static ContentNode CreateNode(IElement element, string tag, ContentNode parent, int index)
    {
        var id = element.Id;
        var className = element.GetAttribute("class");
        var hints = string.IsNullOrEmpty(id) ? className ?? "" : string.IsNullOrEmpty(className) ? id : className + " " + id;
        var kind = TagTable.KindOf(tag);
        var structural = tag is "html" or "body" or "article" or "main" or "a";
        var reading = hints.Length == 0 ? default : new ClassHints.Reading(hints);
        var role = element.GetAttribute("role");
        var unlikely = !structural && (hints.Length > 0 || role is not null) && !parent.InPre && !InTable(parent)
            && ClassHints.IsUnlikely(reading, role?.Trim().ToLowerInvariant());
        if (tag is "nav" or "aside" or "footer")
        {
            unlikely = true;
        }
        return new ContentNode(tag, parent, index)
        {
            Hints = hints,
            Kind = kind,
            InPre = parent.InPre || kind == TagKind.Pre || tag == "code" && parent.InPre,
            InLink = parent.InLink || kind == TagKind.Link,
            HintWeight = hints.Length == 0 ? 0 : ClassHints.Weight(reading),
            Unlikely = unlikely,
            InUnlikely = unlikely || parent.InUnlikely,
        };
    }

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

    private static bool IsHidden(IElement element, string tag)
    {
        if (tag is "html" or "body")
        {
            return false; // anti-flicker scripts hide the whole page until they run; the content is still real
        }
        if (element.HasAttribute("hidden"))
        {
            return true;
        }
        if (string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var style = element.GetAttribute("style");
        return style is not null && StyleHides(style);
    }

    private static bool StyleHides(string style)
    {
        var compact = string.Create(style.Length, style, static (span, s) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                span[i] = char.ToLowerInvariant(s[i]);
            }
        }).Replace(" ", "", StringComparison.Ordinal);
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
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
            case "input" or "select" or "textarea" or "button":
                parent.OwnInputs++;
                break;
            case "iframe" or "object" or "embed" or "video" or "audio":
                parent.OwnEmbeds++;
                break;
        }
    }

    private static void Note(IElement element, string tag, ContentNode node, PageSources sources)
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
        if (IsBylineElement(element, node))
        {
            sources.Bylines.Add(node);
        }
    }

    private static bool IsBylineElement(IElement element, ContentNode node)
    {
        if (element.GetAttribute("rel") is "author"
            || element.GetAttribute("itemprop")?.Contains("author", StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }
        return node.Hints.Length > 0 && node.Hints.Contains("byline", StringComparison.OrdinalIgnoreCase);
    }
}
