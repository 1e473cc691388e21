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

    public static string UrlOf(string id) => $"https://example.com/{Uri.EscapeDataString(id)}/";
}
