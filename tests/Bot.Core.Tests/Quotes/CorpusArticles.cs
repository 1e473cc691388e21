using System.Text.Json;
using AngleSharp.Html.Parser;
using Bot.Core.Articles;

namespace Bot.Core.Tests.Quotes;

/// <summary>The Readability test pages as articles: paragraphs from the block elements of each expected.html.</summary>
internal static class CorpusArticles
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre";

    public static string Folder() => Path.GetFullPath(Path.Combine(RepositoryRoot(), "..", "shared", "corpus", "readability"));

    /// <summary>The folder holding Bot.sln.</summary>
    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Bot.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new DirectoryNotFoundException("Bot.sln not found above " + AppContext.BaseDirectory);
    }

    public static IEnumerable<Article> All() =>
        Directory.GetDirectories(Folder()).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "expected.html")))
            .Select(Load);

    public static Article Load(string pageFolder)
    {
        var document = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(pageFolder, "expected.html")));
        var paragraphs = document.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

        string? title = null, language = null;
        var metadataPath = Path.Combine(pageFolder, "expected-metadata.json");
        if (File.Exists(metadataPath))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
            title = Text(metadata.RootElement, "title");
            language = Text(metadata.RootElement, "lang");
        }
        var name = Path.GetFileName(pageFolder);
        return new Article($"https://corpus.example/{name}", title ?? name, paragraphs) { Language = language };
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
