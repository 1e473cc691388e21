namespace Bot.Core.Articles.Extraction;

/// <summary>
/// Finds the bodies of <c>&lt;script type="application/ld+json"&gt;</c> blocks in the raw page, so the parser can
/// skip script text altogether (most of a modern page's bytes) and still have the JSON-LD.
/// </summary>
internal static class JsonLdScanner
{
    private const int MaxBlocks = 20;

    private const int MaxTagLength = 2048;

    public static List<string> Scan(string html)
    {
        var blocks = new List<string>();
        var from = 0;
        while (blocks.Count < MaxBlocks)
        {
            var marker = html.IndexOf("ld+json", from, StringComparison.OrdinalIgnoreCase);
            if (marker < 0)
            {
                break;
            }
            from = marker + 7;
            // Only a short way back, so a page of "ld+json" words costs linear time.
            var tagStart = html.LastIndexOf('<', marker, Math.Min(marker + 1, MaxTagLength));
            if (tagStart < 0 || html.IndexOf('>', tagStart, marker - tagStart) >= 0
                || string.Compare(html, tagStart + 1, "script", 0, 6, StringComparison.OrdinalIgnoreCase) != 0)
            {
                continue; // "ld+json" outside a script start tag
            }
            var bodyStart = html.IndexOf('>', marker);
            if (bodyStart < 0)
            {
                break;
            }
            var bodyEnd = html.IndexOf("</script", bodyStart, StringComparison.OrdinalIgnoreCase);
            if (bodyEnd < 0)
            {
                break;
            }
            blocks.Add(html[(bodyStart + 1)..bodyEnd]);
            from = bodyEnd;
        }
        return blocks;
    }
}
