using System.Text.Json;
using AngleSharp.Html.Parser;
using Bot.Core.Articles;
using Bot.Core.Quotes;

namespace Bot.Bench;

/// <summary>A corpus page as an article, with the descriptions its publisher wrote for it.</summary>
/// <param name="Excerpt">Readability's expected excerpt (expected-metadata.json).</param>
/// <param name="MetaDescriptions">Distinct description, og:description and twitter:description of source.html.</param>
internal sealed record SummaryPage(string Name, Article Article, string? Excerpt, IReadOnlyList<string> MetaDescriptions)
{
    /// <summary>True when the text looks copied from the article (its first 60 characters occur verbatim).</summary>
    public bool IsCopied(string text) => new VerbatimIndex(Article).Contains(text.Length > 60 ? text[..60] : text);

    /// <summary>
    /// Stricter: also true when one sentence anywhere in the article holds 80% of the text's word pairs
    /// ("From Yahoo: " + a sentence of the article, a lightly edited sentence).
    /// </summary>
    public bool IsNearCopy(string text)
    {
        if (IsCopied(text))
        {
            return true;
        }
        var reference = Rouge.Tokens(text, english: false);
        return Article.Paragraphs.SelectMany(p => Bot.Core.Text.SentenceSplitter.Split(p))
            .Any(s => Rouge.Score(reference, Rouge.Tokens(s.Text, english: false)).R2.Recall >= 0.8);
    }
}

/// <summary>Loads the Readability corpus: article text from expected.html, descriptions from the metadata and source.</summary>
internal static class SummaryCorpus
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre";
    private const string DescriptionMetas =
        "meta[name='description' i], meta[property='og:description' i], meta[name='og:description' i], "
        + "meta[name='twitter:description' i], meta[property='twitter:description' i]";

    public static List<SummaryPage> Load(string folder) =>
        Directory.GetDirectories(folder).Order(StringComparer.Ordinal)
            .Where(d => File.Exists(Path.Combine(d, "expected.html")))
            .Select(LoadPage)
            .ToList();

    private static SummaryPage LoadPage(string pageFolder)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument(File.ReadAllText(Path.Combine(pageFolder, "expected.html")));
        var paragraphs = document.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();

        string? title = null, language = null, excerpt = null;
        var metadataPath = Path.Combine(pageFolder, "expected-metadata.json");
        if (File.Exists(metadataPath))
        {
            using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
            title = Property(metadata.RootElement, "title");
            language = Property(metadata.RootElement, "lang");
            excerpt = Property(metadata.RootElement, "excerpt");
        }

        var descriptions = new List<string>();
        var sourcePath = Path.Combine(pageFolder, "source.html");
        if (File.Exists(sourcePath))
        {
            descriptions = parser.ParseDocument(File.ReadAllText(sourcePath)).QuerySelectorAll(DescriptionMetas)
                .Select(m => (m.GetAttribute("content") ?? "").Trim())
                .Where(c => c.Length > 0)
                .Distinct(StringComparer.Ordinal)
                .ToList();
        }

        var name = Path.GetFileName(pageFolder);
        var article = new Article($"https://corpus.example/{name}", title ?? name, paragraphs) { Language = language };
        return new SummaryPage(name, article, excerpt, descriptions);
    }

    private static string? Property(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
