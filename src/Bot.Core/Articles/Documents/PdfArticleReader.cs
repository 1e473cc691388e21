using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Bot.Core.Articles.Documents;

/// <summary>
/// Reads a PDF's text layer into an <see cref="Article"/>: paragraphs from the page layout (see
/// <see cref="PdfParagraphs"/>), title from the document information, else the first short paragraph;
/// author and creation date as byline and published date. Only the first <see cref="DefaultMaxPages"/> pages are
/// read: layout analysis costs milliseconds a page, and a book-length PDF would hold a worker for minutes.
/// </summary>
public static class PdfArticleReader
{
    public const int DefaultMaxPages = 100;
    private const int MaxTitleLength = 200;

    public static Article Read(byte[] pdf, string url, int maxPages = DefaultMaxPages)
    {
        try
        {
            using var document = PdfDocument.Open(pdf);
            var paragraphs = PdfParagraphs.Read(document, maxPages);
            if (paragraphs.Count == 0)
            {
                throw new ArticleException(ArticleErrorKind.NotAnArticle,
                    "That PDF has no text I can read (it may be scanned images).") { Reason = NotAnArticleReason.NoText };
            }
            var info = document.Information;
            var title = CleanTitle(info.Title);
            if (title is null && paragraphs[0].Length <= MaxTitleLength)
            {
                title = paragraphs[0];
            }
            if (title is not null && paragraphs.Count > 1 && SameText(paragraphs[0], title))
            {
                paragraphs.RemoveAt(0);
            }
            return new Article(url, title ?? PlainTextArticleReader.TitleFromUrl(url), paragraphs)
            {
                Byline = string.IsNullOrWhiteSpace(info.Author) ? null : info.Author.Trim(),
                Published = CreationDate(info),
                Truncated = document.NumberOfPages > maxPages,
            };
        }
        catch (Exception ex) when (ex is not ArticleException and not OutOfMemoryException)
        {
            throw new ArticleException(ArticleErrorKind.NotAnArticle, "That PDF could not be read.", ex) { Reason = NotAnArticleReason.Unreadable };
        }
    }

    private static string? CleanTitle(string? title)
    {
        var text = title?.Trim();
        foreach (var prefix in new[] { "Microsoft Word - ", "Microsoft PowerPoint - " })
        {
            if (text?.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) == true)
            {
                text = text[prefix.Length..].Trim();
            }
        }
        if (string.IsNullOrEmpty(text) || text.Equals("untitled", StringComparison.OrdinalIgnoreCase)
            || Path.GetExtension(text).ToLowerInvariant() is ".doc" or ".docx" or ".pdf" or ".tex" or ".dvi" or ".odt" or ".indd")
        {
            return null;
        }
        return text;
    }

    private static DateTimeOffset? CreationDate(DocumentInformation info)
    {
        try
        {
            return info.GetCreatedDateTimeOffset();
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static bool SameText(string a, string b) =>
        string.Equals(string.Join(' ', a.Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            string.Join(' ', b.Split(' ', StringSplitOptions.RemoveEmptyEntries)), StringComparison.OrdinalIgnoreCase);
}
