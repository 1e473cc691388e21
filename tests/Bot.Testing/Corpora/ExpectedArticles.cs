using AngleSharp.Html.Parser;
using Bot.Core.Articles;

namespace Bot.Testing.Corpora;

/// <summary>Readability-layout pages as articles: paragraphs from the innermost block elements of each expected.html.</summary>
public static class ExpectedArticles
{
    private const string Blocks = "p, li, h1, h2, h3, h4, h5, h6, blockquote, pre";

    public static IEnumerable<Article> All(string root) => ReadabilityPages.Load(root).Select(Of);

    public static Article Of(ReadabilityPages.Page page)
    {
        using var document = new HtmlParser().ParseDocument(page.ExpectedHtml);
        var paragraphs = document.QuerySelectorAll(Blocks)
            .Where(e => e.QuerySelector(Blocks) is null)
            .Select(e => e.TextContent.Trim())
            .Where(t => t.Length > 0)
            .ToList();
        return new Article($"https://corpus.example/{page.Id}", page.ExpectedTitle ?? page.Id, paragraphs)
        {
            Language = page.Language,
        };
    }
}
