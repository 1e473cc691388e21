using System.Globalization;
using Bot.Core.Articles;
using Bot.Core.Quotes;
using Bot.Core.Summaries;
using Microsoft.SemanticKernel;

namespace Bot.Core.Llm;

/// <summary>The one place that decides which variables each prompt receives; every value from outside is escaped.</summary>
internal static class PromptArguments
{
    /// <summary>The digest of the whole article (<paramref name="part"/> null) or of one part of a long one.</summary>
    public static KernelArguments Digest(
        Article article, IEnumerable<ArticlePiece> paragraphs, (int Part, int Parts)? part, SummaryRequest request) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["article"] = NumberedParagraphs(paragraphs),
        ["scope"] = part is { } p
            ? string.Create(CultureInfo.InvariantCulture, $"part {p.Part} of {p.Parts} of the article (the bullets and quotes of all parts are merged later)")
            : "the article",
        ["bullets"] = request.Length.BulletCount().ToString(CultureInfo.InvariantCulture),
        ["language"] = LanguageName(request.Language),
        ["quotes"] = request.Length.KeyQuoteCount().ToString(CultureInfo.InvariantCulture),
    };

    public static KernelArguments Combine(Article article, IEnumerable<string> notes, IEnumerable<Quote> candidates, SummaryRequest request) => new()
    {
        ["title"] = UntrustedText.Escape(article.Title),
        ["notes"] = UntrustedText.Escape(string.Join('\n', notes.Select(n => "- " + n))),
        ["candidates"] = NumberedParagraphs(candidates.Select(q => new ArticlePiece(q.Paragraph, q.Text))),
        ["bullets"] = request.Length.BulletCount().ToString(CultureInfo.InvariantCulture),
        ["language"] = LanguageName(request.Language),
        ["quotes"] = request.Length.KeyQuoteCount().ToString(CultureInfo.InvariantCulture),
    };

    public static KernelArguments Repair(string answer, string problem) => new()
    {
        ["answer"] = UntrustedText.Escape(ModelAnswer.WithoutReasoning(answer)),
        ["problem"] = problem,
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

    /// <summary>Paragraphs with their index in the article, so the model can say where a quote is.</summary>
    private static string NumberedParagraphs(IEnumerable<ArticlePiece> pieces) =>
        string.Join("\n", pieces.Select(p => string.Create(
            CultureInfo.InvariantCulture, $"[{p.Paragraph}] {UntrustedText.Escape(OneLine(p.Text))}")));

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

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
