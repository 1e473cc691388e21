using System.Text.Json;

namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Finds the first schema.org article (Article, NewsArticle, BlogPosting, ReportageNewsArticle...) in a page's
/// JSON-LD blocks, looking through arrays and <c>@graph</c> without recursion. Broken JSON is ignored.
/// </summary>
internal static class JsonLdReader
{
    private const int MaxElements = 2000;

    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        foreach (var block in blocks)
        {
            try
            {
                using var document = JsonDocument.Parse(Unwrap(block), new JsonDocumentOptions
                {
                    AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64,
                });
                if (Find(document.RootElement) is { } found)
                {
                    return ToArticle(found);
                }
            }
            catch (JsonException)
            {
                // Sites ship broken JSON-LD often enough; the other metadata sources still apply.
            }
        }
        return null;
    }

    /// <summary>Some sites wrap the JSON in <c>&lt;![CDATA[ ]]&gt;</c> or an HTML comment.</summary>
    private static string Unwrap(string block)
    {
        var text = block.Trim();
        foreach (var (open, close) in new[] { ("<![CDATA[", "]]>"), ("<!--", "-->") })
        {
            if (text.StartsWith(open, StringComparison.Ordinal) && text.EndsWith(close, StringComparison.Ordinal))
            {
                text = text[open.Length..^close.Length].Trim();
            }
        }
        return text;
    }

    private static JsonElement? Find(JsonElement root)
    {
        var queue = new Queue<JsonElement>();
        queue.Enqueue(root);
        var seen = 0;
        while (queue.Count > 0 && seen++ < MaxElements)
        {
            var element = queue.Dequeue();
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    queue.Enqueue(item);
                }
                continue;
            }
            if (element.ValueKind != JsonValueKind.Object)
            {
                continue;
            }
            if (IsArticleType(element))
            {
                return element;
            }
            if (element.TryGetProperty("@graph", out var graph))
            {
                queue.Enqueue(graph);
            }
            if (element.TryGetProperty("mainEntity", out var main))
            {
                queue.Enqueue(main);
            }
        }
        return null;
    }

    private static bool IsArticleType(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
        {
            return false;
        }
        if (type.ValueKind == JsonValueKind.Array)
        {
            return type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsArticleTypeName(t.GetString()!));
        }
        return type.ValueKind == JsonValueKind.String && IsArticleTypeName(type.GetString()!);
    }

    private static bool IsArticleTypeName(string name) =>
        name.EndsWith("Article", StringComparison.Ordinal) || name is "BlogPosting" or "LiveBlogPosting"
            or "SocialMediaPosting" or "Report";

    private static JsonLdArticle ToArticle(JsonElement element) => new()
    {
        Headline = Text(element, "headline"),
        Name = Text(element, "name"),
        Author = Names(element, "author"),
        Publisher = Names(element, "publisher"),
        DatePublished = Text(element, "datePublished"),
        Description = Text(element, "description"),
        Image = Url(element, "image"),
        Url = Text(element, "url"),
        ArticleBody = Text(element, "articleBody"),
        IsAccessibleForFree = element.TryGetProperty("isAccessibleForFree", out var free)
            ? free.ValueKind switch
            {
                JsonValueKind.False => false,
                JsonValueKind.True => true,
                JsonValueKind.String => !string.Equals(free.GetString(), "false", StringComparison.OrdinalIgnoreCase),
                _ => null,
            }
            : null,
    };

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? NullIfBlank(value.GetString())
            : null;

    /// <summary>A person or organisation given as a string, an object with a name, or an array of either.</summary>
    private static string? Names(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }
        var names = new List<string>();
        foreach (var item in value.ValueKind == JsonValueKind.Array ? value.EnumerateArray().ToList() : [value])
        {
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object => Text(item, "name"),
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(name) && !names.Contains(name.Trim()))
            {
                names.Add(name.Trim());
            }
        }
        return names.Count == 0 ? null : string.Join(", ", names);
    }

    private static string? Url(JsonElement element, string property)
    {
        if (!element.TryGetProperty(property, out var value))
        {
            return null;
        }
        if (value.ValueKind == JsonValueKind.Array)
        {
            value = value.EnumerateArray().FirstOrDefault();
        }
        return value.ValueKind switch
        {
            JsonValueKind.String => NullIfBlank(value.GetString()),
            JsonValueKind.Object => Text(value, "url") ?? Text(value, "contentUrl"),
            _ => null,
        };
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
