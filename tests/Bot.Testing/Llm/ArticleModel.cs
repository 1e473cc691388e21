using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Bot.Testing.Llm;

/// <summary>
/// A stand-in model that answers from the request itself, with answers shaped and sized like a real model's:
/// bullets from the first sentence of the first paragraphs (or from the notes it was given), quotes copied word for
/// word from the paragraphs after those (or from the candidates it was given), as JSON when the prompt asks for JSON and as "- " lines otherwise.
/// </summary>
public static partial class ArticleModel
{
    public static string Answer(ChatRequest request)
    {
        var prompt = string.Join("\n", request.Messages.Select(m => m.Content));
        var bullets = Number(BulletCount().Match(prompt), 5);
        var quotes = Number(QuoteCount().Match(prompt), 3);
        var paragraphs = Paragraphs(request.User);
        var notes = Block(request.User, "notes")?.Split('\n').Select(n => n.TrimStart('-', ' ')).Where(n => n.Length > 0).ToList();

        var bulletTexts = (notes ?? paragraphs.Select(p => FirstWords(Sentences(p.Text).FirstOrDefault() ?? p.Text, 30)).ToList())
            .Take(bullets).ToList();
        var quoteTexts = Candidates(request.User) is { Count: > 0 } offered
            ? offered.Take(quotes).ToList()
            : paragraphs.Skip(bullets).Select(p => (p.Index, Text: Sentences(p.Text).LastOrDefault()))
                .Where(q => q.Text is { Length: > 30 }).Select(q => (Index: q.Index, Text: q.Text!)).Take(quotes).ToList();

        if (!prompt.Contains("JSON", StringComparison.Ordinal))
        {
            return string.Join("\n", bulletTexts.Select(b => "- " + b));
        }
        return JsonSerializer.Serialize(new
        {
            bullets = bulletTexts,
            quotes = quoteTexts.Select(q => new { paragraph = q.Index, text = q.Text }),
        });
    }

    private static List<(int Index, string Text)> Paragraphs(string user)
    {
        var article = Block(user, "article") ?? "";
        var numbered = Numbered().Matches(article);
        if (numbered.Count > 0)
        {
            return numbered.Select(m => (Index: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Text: m.Groups["text"].Value)).ToList();
        }
        return article.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((text, i) => (i, text)).ToList();
    }

    /// <summary>Quotes offered to choose from (a combine step), as numbered paragraphs inside quotes tags.</summary>
    private static List<(int Index, string Text)> Candidates(string user) =>
        Block(user, "quotes") is { } block
            ? Numbered().Matches(block).Select(m => (Index: int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), Text: m.Groups["text"].Value)).ToList()
            : [];

    private static string? Block(string text, string tag)
    {
        var start = text.IndexOf($"<{tag}>", StringComparison.Ordinal);
        var end = text.LastIndexOf($"</{tag}>", StringComparison.Ordinal);
        return start >= 0 && end > start ? text[(start + tag.Length + 2)..end].Trim() : null;
    }

    private static IEnumerable<string> Sentences(string paragraph) =>
        SentenceEnd().Split(paragraph).Where(s => s.Length > 0);

    private static string FirstWords(string sentence, int words)
    {
        var parts = sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return parts.Length <= words ? sentence : string.Join(' ', parts.Take(words)) + ".";
    }

    private static int Number(Match match, int otherwise) =>
        match.Success ? int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : otherwise;

    [GeneratedRegex(@"(\d+) bullets")]
    private static partial Regex BulletCount();

    [GeneratedRegex(@"(\d+) (?:key )?(?:quotes|passages)")]
    private static partial Regex QuoteCount();

    [GeneratedRegex(@"^\[(?<n>\d+)\] (?<text>.*)$", RegexOptions.Multiline)]
    private static partial Regex Numbered();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceEnd();
}
