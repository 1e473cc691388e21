using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Bot.Core.Articles.Documents;

/// <summary>
/// Rebuilds paragraphs from PDF pages: words grouped into text blocks (Docstrum) in reading order, lines joined
/// (hyphenation undone), page numbers and running headers/footers dropped, and a paragraph cut by a page break
/// joined again.
/// </summary>
internal static partial class PdfParagraphs
{
    private static readonly NearestNeighbourWordExtractor Words = new(new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions
    {
        MaxDegreeOfParallelism = 1,
    });

    private static readonly DocstrumBoundingBoxes Blocks = new(new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions
    {
        MaxDegreeOfParallelism = 1,
    });

    public static List<string> Read(PdfDocument document, int maxPages)
    {
        var pages = document.GetPages().Take(maxPages).Select(ReadPage).ToList();
        var running = RunningLines(pages);
        var paragraphs = new List<string>();
        foreach (var page in pages)
        {
            TrimPageEdges(page, running);
            var first = true;
            foreach (var block in page.Select(BlockText).Where(b => b.Length > 0 && !PageNumber().IsMatch(b)))
            {
                if (first && paragraphs.Count > 0 && ContinuesOnNextPage(paragraphs[^1], block))
                {
                    paragraphs[^1] = JoinLines(paragraphs[^1], block);
                }
                else
                {
                    paragraphs.Add(block);
                }
                first = false;
            }
        }
        return paragraphs;
    }

    /// <summary>A page as text blocks in reading order, each a list of lines.</summary>
    private static List<List<string>> ReadPage(Page page)
    {
        var words = Words.GetWords(page.Letters).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        return UnsupervisedReadingOrderDetector.Instance.Get(Blocks.GetBlocks(words))
            .Select(block => block.TextLines.Select(line => string.Join(' ', line.Words.Select(w => w.Text)).Trim()).ToList())
            .ToList();
    }

    private static string BlockText(List<string> lines) => lines.Aggregate("", JoinLines).Trim();

    /// <summary>Drops running headers/footers and page numbers from the top and bottom of a page.</summary>
    private static void TrimPageEdges(List<List<string>> page, HashSet<string> running)
    {
        bool IsFurniture(string line) => running.Contains(Key(line)) || PageNumber().IsMatch(line);
        while (page.Count > 0 && page[0].Count > 0 && IsFurniture(page[0][0]))
        {
            page[0].RemoveAt(0);
            page.RemoveAll(b => b.Count == 0);
        }
        while (page.Count > 0 && page[^1].Count > 0 && IsFurniture(page[^1][^1]))
        {
            page[^1].RemoveAt(page[^1].Count - 1);
            page.RemoveAll(b => b.Count == 0);
        }
    }

    private static string JoinLines(string text, string line)
    {
        line = line.Trim();
        if (text.Length == 0 || line.Length == 0)
        {
            return text + line;
        }
        if (text.Length > 1 && text[^1] is '-' or '\u00AD' && char.IsLetter(text[^2]) && char.IsLower(line[0]))
        {
            return text[..^1] + line;
        }
        return text + " " + line;
    }

    private static bool ContinuesOnNextPage(string previous, string next) =>
        char.IsLower(next[0]) && !".!?:;\"”»)".Contains(previous[^1]);

    /// <summary>Short lines at the top or bottom of at least half of the pages (two or more): headers and footers.</summary>
    private static HashSet<string> RunningLines(List<List<List<string>>> pages)
    {
        var edges = pages
            .Select(page => new[] { page.FirstOrDefault()?.FirstOrDefault(), page.LastOrDefault()?.LastOrDefault() }
                .OfType<string>().Where(line => line.Length <= 120).Select(Key).Distinct())
            .SelectMany(keys => keys)
            .GroupBy(key => key)
            .Where(g => g.Count() >= 2 && g.Count() * 2 >= pages.Count)
            .Select(g => g.Key);
        return new HashSet<string>(edges, StringComparer.Ordinal);
    }

    private static string Key(string block)
    {
        var key = new StringBuilder(block.Length);
        foreach (var c in block)
        {
            key.Append(char.IsDigit(c) ? '#' : char.ToLowerInvariant(c));
        }
        return key.ToString();
    }

    [GeneratedRegex(@"^(page\s*)?\d{1,4}(\s*(of|/)\s*\d{1,4})?$|^[-–]\s*\d{1,4}\s*[-–]$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PageNumber();
}
