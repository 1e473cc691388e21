using AngleSharp.Dom;

namespace Bot.Core.Articles.Extraction;

/// <summary>The attributes the tree builder asks about, read in one pass over the element's attribute list.</summary>
internal readonly struct ElementAttributes
{
    public string? Id { get; private init; }
    public string? Class { get; private init; }
    public string? Role { get; private init; }
    public string? Rel { get; private init; }
    public string? ItemProp { get; private init; }

    /// <summary><c>hidden</c>, <c>aria-hidden="true"</c> or an inline style with display:none/visibility:hidden.</summary>
    public bool Hides { get; private init; }

    public static ElementAttributes Read(IElement element)
    {
        var list = element.Attributes;
        if (list.Length == 0)
        {
            return default;
        }
        string? id = null, className = null, role = null, rel = null, itemProp = null;
        var hides = false;
        for (var i = 0; i < list.Length; i++)
        {
            var attribute = list[i]!;
            var value = attribute.Value;
            switch (attribute.Name)
            {
                case "id": id = value; break;
                case "class": className = value; break;
                case "role": role = value; break;
                case "rel": rel = value; break;
                case "itemprop": itemProp = value; break;
                case "hidden": hides = true; break;
                case "aria-hidden": hides |= value.Equals("true", StringComparison.OrdinalIgnoreCase); break;
                case "style": hides |= StyleHides(value); break;
            }
        }
        return new ElementAttributes { Id = id, Class = className, Role = role, Rel = rel, ItemProp = itemProp, Hides = hides };
    }

    private static bool StyleHides(string style)
    {
        if (style.IndexOf("none", StringComparison.OrdinalIgnoreCase) < 0
            && style.IndexOf("hidden", StringComparison.OrdinalIgnoreCase) < 0)
        {
            return false;
        }
        var compact = style.Replace(" ", "", StringComparison.Ordinal).ToLowerInvariant();
        return compact.Contains("display:none", StringComparison.Ordinal)
            || compact.Contains("visibility:hidden", StringComparison.Ordinal);
    }
}
