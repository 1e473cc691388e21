using Bot.Core.Articles.Fetching;

namespace Bot.Bench;

/// <summary>The pages of a corpus folder: every <c>*/source.html</c>, or else every <c>*.html</c> below it.</summary>
internal static class CorpusPages
{
    public static List<(string Id, string Path)> Find(string directory)
    {
        var sources = Directory.EnumerateFiles(directory, "source.html", SearchOption.AllDirectories).ToList();
        var files = sources.Count > 0
            ? sources.Select(p => (Id: Path.GetFileName(Path.GetDirectoryName(p))!, Path: p))
            : Directory.EnumerateFiles(directory, "*.htm*", SearchOption.AllDirectories)
                .Select(p => (Id: Path.ChangeExtension(Path.GetRelativePath(directory, p), null), Path: p));
        return files.OrderBy(f => f.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>A saved page's text, decoded as the fetcher decodes a response (byte order mark, then the page's own
    /// meta charset, else UTF-8): many pages of trafilatura's set are windows-1252 or ISO-8859-1.</summary>
    public static string Read(string path) => PageDecoder.Decode(File.ReadAllBytes(path), null);

    public static string UrlOf(string id) => $"https://example.com/{Uri.EscapeDataString(id)}/";
}
