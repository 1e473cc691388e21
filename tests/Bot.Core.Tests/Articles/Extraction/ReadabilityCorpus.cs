using System.Text.Json;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>The Readability.js test pages in <c>../shared/corpus/readability</c>, found from the solution folder.</summary>
public static class ReadabilityCorpus
{
    public sealed record Page(string Id, string SourceHtml, string ExpectedHtml, string? ExpectedTitle);

    public static string Directory
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
                {
                    return Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpus", "readability"));
                }
            }
            throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public static IEnumerable<Page> Pages()
    {
        var root = Directory;
        Assert.True(System.IO.Directory.Exists(root), $"corpus missing: {root}");
        foreach (var dir in System.IO.Directory.GetDirectories(root).Order(StringComparer.Ordinal))
        {
            var expected = Path.Combine(dir, "expected.html");
            if (!File.Exists(expected))
            {
                continue;
            }
            using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "expected-metadata.json")));
            var title = metadata.RootElement.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String
                ? t.GetString()
                : null;
            yield return new Page(Path.GetFileName(dir), File.ReadAllText(Path.Combine(dir, "source.html")),
                File.ReadAllText(expected), title);
        }
    }
}
