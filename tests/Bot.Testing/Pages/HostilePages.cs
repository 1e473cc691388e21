using System.Text;

namespace Bot.Testing.Pages;

/// <summary>
/// Generated pages built to be hard to parse, each within the 5 MB body limit: extreme nesting, unclosed and
/// misnested formatting, huge tags and text runs, broken bytes and lying charsets. Each holds (or is) a paragraph of
/// readable text, <see cref="Marker"/>, so a reader can show it survived.
/// </summary>
public static class HostilePages
{
    /// <summary>The size of the largest pages: 4 KB under <c>Fetch:MaxBytes</c> (5 MiB), room for the wrapper.</summary>
    public const int Budget = 5 * 1024 * 1024 - 4096;

    public const string Marker = "Harbour engineers finished the new tidal barrier on Friday";

    /// <summary>A paragraph with <see cref="Marker"/>, long enough to count as an article.</summary>
    public static readonly string Paragraph =
        $"{Marker}, three years after the storm surge that flooded the old town. "
        + "The council says the barrier will protect two thousand homes, and that the cost stayed within the budget "
        + "agreed by the members in the spring of the first year. Residents who watched the last gate close said they "
        + "were relieved, although fishermen still worry about silt in the harbour entrance and the price of mooring. "
        + "The engineers will test the gates every month, and a report on the first winter is due next summer.";

    /// <summary>Every generated page, by name.</summary>
    public static IReadOnlyList<HostilePage> All { get; } =
    [
        new("divs-1m-deep", () => Deep("<div>", 1_000_000)),
        new("lists-1m-deep", () => Deep("<ul><li>", 500_000)),
        new("tables-1m-deep", () => Deep("<table><td>", 250_000)),
        new("unclosed-a", () => Repeated("<a href=\"/x\">a ", Budget)),
        new("unclosed-b", () => Repeated("<b>b ", Budget)),
        new("misnested-formatting", () => Repeated("<b><i><p>b</b>i</i>p</p>", Budget)),
        new("adoption-agency", () => Repeated("<a><div><a><b><div>x</a></b>", Budget)),
        new("formatting-distinct", () => DistinctFormatting(Budget)),
        new("attributes-200k", () => Attributes(200_000)),
        new("attribute-value-4mb", () => AttributeValue(4 * 1024 * 1024)),
        new("text-node-5mb", () => TextRun(Budget)),
        new("ld-json-markers", () => Repeated("ld+json ", Budget)),
        new("nul-and-invalid-utf8", NulAndInvalidUtf8),
        new("lying-meta-charset", LyingCharset),
    ];

    public static HostilePage Get(string name) => All.Single(p => p.Name == name);

    /// <summary>A plain article of about <paramref name="bytes"/> bytes: the baseline a hostile page is compared with.</summary>
    public static byte[] PlainArticle(int bytes)
    {
        var html = new StringBuilder(bytes + 1024).Append(Head("A plain long article")).Append("<body><article><h1>A plain long article</h1>");
        for (var i = 0; html.Length < bytes; i++)
        {
            html.Append("<p>").Append(Paragraph).Append(" Paragraph ").Append(i).Append(".</p>\n");
        }
        return Utf8(html.Append("</article></body></html>"));
    }

    private static string Head(string title) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title}</title></head>";

    private static StringBuilder Start(int capacity) =>
        new StringBuilder(capacity + 4096).Append(Head("A hostile page")).Append("<body><p>").Append(Paragraph).Append("</p>");

    private static byte[] Utf8(StringBuilder html) => Encoding.UTF8.GetBytes(html.ToString());

    /// <summary><paramref name="open"/> repeated <paramref name="times"/> times, never closed, around the paragraph.</summary>
    private static byte[] Deep(string open, int times)
    {
        var html = Start(open.Length * times);
        for (var i = 0; i < times; i++)
        {
            html.Append(open);
        }
        return Utf8(html.Append("<p>").Append(Paragraph).Append("</p></body></html>"));
    }

    private static byte[] Repeated(string fragment, int bytes)
    {
        var html = Start(bytes);
        while (html.Length + fragment.Length < bytes)
        {
            html.Append(fragment);
        }
        return Utf8(html);
    }

    /// <summary>Unclosed formatting elements that all differ (so the parser's three-of-a-kind rule never drops
    /// them), each closed block making the parser reopen every one of them.</summary>
    private static byte[] DistinctFormatting(int bytes)
    {
        var html = Start(bytes);
        for (var i = 0; html.Length < bytes - 64; i++)
        {
            html.Append("<b class=c").Append(i).Append('>');
            if (i % 64 == 63)
            {
                html.Append("<p>x</p>");
            }
        }
        return Utf8(html);
    }

    private static byte[] Attributes(int count)
    {
        var html = Start(count * 10).Append("<div");
        for (var i = 0; i < count; i++)
        {
            html.Append(" a").Append(i).Append("=\"1\"");
        }
        return Utf8(html.Append("><p>").Append(Paragraph).Append("</p></div></body></html>"));
    }

    private static byte[] AttributeValue(int length) =>
        Utf8(Start(length).Append("<div class=\"").Append('x', length / 2).Append(' ', 1).Append('y', length / 2)
            .Append("\" title=\"").Append('z', 1024).Append("\"><p>").Append(Paragraph).Append("</p></div></body></html>"));

    private static byte[] TextRun(int length) => Utf8(Start(length).Append("<p>").Append('w', length - 1024).Append("</p></body></html>"));

    private static byte[] NulAndInvalidUtf8()
    {
        var body = new List<byte>(Encoding.UTF8.GetBytes(Head("Broken bytes") + "<body><p>" + Paragraph + "</p><p>"));
        var random = new Random(14);
        for (var i = 0; i < 256 * 1024; i++)
        {
            body.Add((i % 7) switch { 0 => 0x00, 1 => 0xFF, 2 => 0xC0, 3 => 0xED, 4 => 0xA0, 5 => 0x80, _ => (byte)random.Next(256) });
        }
        body.AddRange(Encoding.UTF8.GetBytes("</p><p>" + Paragraph + "</p></body></html>"));
        return [.. body];
    }

    /// <summary>Claims UTF-16 in its <c>&lt;meta&gt;</c> (which would turn every byte pair into one CJK character) and is
    /// really UTF-8 with some Latin-1 bytes mixed in.</summary>
    private static byte[] LyingCharset()
    {
        var head = "<!DOCTYPE html><html><head><meta charset=\"utf-16\"><title>Lying charset</title></head><body>";
        var body = new List<byte>(Encoding.UTF8.GetBytes(head + "<p>" + Paragraph + " Caf\u00e9 cr\u00e8me.</p>"));
        body.AddRange(Encoding.Latin1.GetBytes("<p>Na\u00efve r\u00e9sum\u00e9 in Latin-1.</p>"));
        body.AddRange(Encoding.UTF8.GetBytes("<p>" + Paragraph + "</p></body></html>"));
        return [.. body];
    }
}

/// <summary>A generated page: its name and a way to build its bytes (built on demand: some are megabytes).</summary>
public sealed record HostilePage(string Name, Func<byte[]> Build);
