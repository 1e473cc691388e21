using System.Text;
using Bot.Core.Text;

namespace Bot.Core.Articles.Documents;

/// <summary>
/// Reads plain text into an <see cref="Article"/>: paragraphs are separated by blank lines, hard-wrapped lines are
/// joined, bullet lists keep one item per paragraph, and a short first line (also a Markdown or underlined heading)
/// is the title.
/// </summary>
public static class PlainTextArticleReader
{
    private const int MaxTitleLength = 150;
    private const int MinSentenceWords = 5;

    public static Article Read(string text, string url)
    {
        var blocks = SplitBlocks(text);
        if (blocks.Count == 0)
        {
            throw new ArticleException(ArticleErrorKind.NotAnArticle, "That text is empty.") { Reason = NotAnArticleReason.NoText };
        }

        var paragraphs = new List<string>(blocks.Count);
        string? title = null;
        var first = blocks[0];
        if (TitleOf(first) is { } heading)
        {
            title = heading;
            first = first.Skip(IsUnderline(first.ElementAtOrDefault(1)) ? 2 : 1).ToList();
            if (first.Count > 0)
            {
                blocks[0] = first;
            }
            else
            {
                blocks.RemoveAt(0);
            }
        }
        foreach (var block in blocks)
        {
            paragraphs.AddRange(ToParagraphs(block));
        }
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(title!);
        }
        return new Article(url, title ?? TitleFromUrl(url), paragraphs);
    }

    private static List<List<string>> SplitBlocks(string text)
    {
        var blocks = new List<List<string>>();
        List<string>? current = null;
        foreach (var raw in text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n'))
        {
            var line = raw.Trim().Trim('\uFEFF');
            if (line.Length == 0)
            {
                current = null;
                continue;
            }
            if (current is null)
            {
                current = [];
                blocks.Add(current);
            }
            current.Add(line);
        }
        return blocks;
    }

    private static string? TitleOf(List<string> block)
    {
        var line = block[0];
        var marked = line.StartsWith('#') || IsUnderline(block.ElementAtOrDefault(1));
        // A lone first line that ends with a full stop is the lead sentence of a one-sentence paragraph (news copy
        // is often laid out that way), not a headline: taking it as the title would drop the most important sentence.
        var isHeading = marked || block.Count == 1 && !IsSentence(line);
        var candidate = line.TrimStart('#').Trim();
        return isHeading && candidate.Length is > 0 and <= MaxTitleLength ? candidate : null;
    }

    /// <summary>
    /// A line that ends with a full stop and reads like running text. Headlines can end with a full stop too, but
    /// then usually on an abbreviation ("… Underneath N.Y.C.") or in Title Case, where most long words are capitalised.
    /// </summary>
    private static bool IsSentence(string line)
    {
        var text = line.TrimEnd().TrimEnd('"', '\'', '\u201D', '\u2019', ')');
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (text.Length == 0 || text[^1] is not ('.' or '\u3002') || words.Length < MinSentenceWords
            || words[^1].TrimEnd('.').Contains('.', StringComparison.Ordinal))
        {
            return false;
        }
        return !HeadlineCase.IsTitleCase(text);
    }

    private static bool IsUnderline(string? line) =>
        line is { Length: >= 3 } && (line.All(c => c == '=') || line.All(c => c == '-'));

    private static IEnumerable<string> ToParagraphs(List<string> lines)
    {
        if (lines.All(IsListItem))
        {
            return lines.Select(Collapse);
        }
        var joined = new StringBuilder();
        foreach (var line in lines)
        {
            if (joined.Length > 0 && joined[^1] == '-' && joined.Length > 1 && char.IsLetter(joined[^2]) && char.IsLower(line[0]))
            {
                joined.Length--;
            }
            else if (joined.Length > 0)
            {
                joined.Append(' ');
            }
            joined.Append(line);
        }
        return [Collapse(joined.ToString())];
    }

    private static bool IsListItem(string line) =>
        line.Length > 2 && (line[0] is '-' or '*' or '•' or '–') && line[1] == ' '
        || (line.IndexOf(". ", StringComparison.Ordinal) is > 0 and <= 3 && char.IsAsciiDigit(line[0]));

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    internal static string TitleFromUrl(string url)
    {
        var path = Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile ? uri.AbsolutePath : url;
        var name = Path.GetFileNameWithoutExtension(Uri.UnescapeDataString(path.TrimEnd('/', '\\')));
        if (string.IsNullOrWhiteSpace(name))
        {
            return uri?.Host ?? url;
        }
        return name.Replace('-', ' ').Replace('_', ' ').Trim();
    }
}
