using System.Text.Json;

namespace Bot.Testing.Corpora;

/// <summary>
/// Pages in the layout of Mozilla Readability's test fixtures: one folder a page with <c>source.html</c>,
/// <c>expected.html</c> and <c>expected-metadata.json</c>. A missing or empty folder is an error, never an empty run.
/// </summary>
public static class ReadabilityPages
{
    public sealed record Page(string Id, string Folder, string SourceHtml, string ExpectedHtml, string? ExpectedTitle,
        string? Language);

    public static IReadOnlyList<Page> Load(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"page folder missing: {root}");
        }
        var pages = Directory.GetDirectories(root).Order(StringComparer.Ordinal)
            .Where(dir => File.Exists(Path.Combine(dir, "expected.html")))
            .Select(LoadPage)
            .ToList();
        return pages.Count > 0 ? pages : throw new InvalidDataException($"no pages with an expected.html in {root}");
    }

    private static Page LoadPage(string dir)
    {
        string? title = null, language = null;
        var metadataPath = Path.Combine(dir, "expected-metadata.json");
        if (File.Exists(metadataPath))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
            title = Text(metadata.RootElement, "title");
            language = Text(metadata.RootElement, "lang");
        }
        return new Page(Path.GetFileName(dir), dir, File.ReadAllText(Path.Combine(dir, "source.html")),
            File.ReadAllText(Path.Combine(dir, "expected.html")), title, language);
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
