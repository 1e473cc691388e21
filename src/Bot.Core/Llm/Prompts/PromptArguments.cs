using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Summaries;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>The one place that decides which variables each prompt receives; every value from outside is escaped.</summary>
internal static class PromptArguments
{
    public static KernelArguments Summarize(Article article, IEnumerable<string> paragraphs, SummaryRequest request) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["article"] = ArticleText(paragraphs),
        ["bullets"] = request.Length.BulletCount().ToString(CultureInfo.InvariantCulture),
        ["language"] = LanguageName(request.Language),
    };

    public static KernelArguments SummarizeChunk(
        Article article, IEnumerable<string> paragraphs, int part, int parts, SummaryRequest request) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["article"] = ArticleText(paragraphs),
        ["part"] = string.Create(CultureInfo.InvariantCulture, $"{part} of {parts}"),
        ["bullets"] = request.Length.BulletCount().ToString(CultureInfo.InvariantCulture),
        ["language"] = LanguageName(request.Language),
    };

    public static KernelArguments Combine(Article article, IEnumerable<string> notes, SummaryRequest request) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["notes"] = UntrustedText.Escape(string.Join('\n', notes.Select(n => "- " + n))),
        ["bullets"] = request.Length.BulletCount().ToString(CultureInfo.InvariantCulture),
        ["language"] = LanguageName(request.Language),
    };

    public static KernelArguments KeyQuotes(Article article, IEnumerable<ArticlePiece> paragraphs, int count, IReadOnlyList<string>? avoid) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["article"] = NumberedParagraphs(paragraphs),
        ["count"] = count.ToString(CultureInfo.InvariantCulture),
        ["avoid"] = avoid is { Count: > 0 } ? UntrustedText.Escape(string.Join('\n', avoid.Select(a => "- " + a))) : "(nothing)",
    };

    public static KernelArguments TopicQuotes(Article article, IEnumerable<ArticlePiece> paragraphs, string topic, int count) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["article"] = NumberedParagraphs(paragraphs),
        ["topic"] = UntrustedText.Escape(topic),
        ["count"] = count.ToString(CultureInfo.InvariantCulture),
    };

    private static string ArticleText(IEnumerable<string> paragraphs) =>
        UntrustedText.Escape(string.Join("\n\n", paragraphs));

    /// <summary>Paragraphs with their index in the article, so the model can say where a quote is.</summary>
    private static string NumberedParagraphs(IEnumerable<ArticlePiece> pieces) =>
        string.Join("\n", pieces.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"<p n=\"{p.Paragraph}\">{UntrustedText.Escape(p.Text)}</p>")));

    /// <summary>"German" for "de"; the article's own language when none was asked for.</summary>
    internal static string LanguageName(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return "the language of the article";
        }
        try
        {
            var culture = CultureInfo.GetCultureInfo(code.Trim());
            if (!string.IsNullOrEmpty(culture.EnglishName) && !culture.EnglishName.StartsWith("Unknown", StringComparison.Ordinal))
            {
                return UntrustedText.Escape(culture.EnglishName);
            }
        }
        catch (CultureNotFoundException)
        {
        }
        return UntrustedText.Escape(code.Trim());
    }
}
