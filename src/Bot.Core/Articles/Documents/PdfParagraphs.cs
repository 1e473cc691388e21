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

    public static List<string> Read(PdfDocument document)
    {
        var pages = document.GetPages().Select(ReadPage).ToList();
        var running = RunningLines(pages);
        var paragraphs = new List<string>();
        foreach (var page in pages)
        {
            var first = true;
            foreach (var block in page)
            {
                if (running.Contains(Key(block)) || PageNumber().IsMatch(block))
                {
                    continue;
                }
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

    private static List<string> ReadPage(Page page)
    {
        var words = Words.GetWords(page.Letters).ToList();
        if (words.Count == 0)
        {
            return [];
        }
        var blocks = UnsupervisedReadingOrderDetector.Instance.Get(Blocks.GetBlocks(words));
        return blocks.Select(BlockText).Where(t => t.Length > 0).ToList();
    }

    private static string BlockText(TextBlock block)
    {
        var text = "";
        foreach (var line in block.TextLines)
        {
            text = JoinLines(text, string.Join(' ', line.Words.Select(w => w.Text)));
        }
        return text.Trim();
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

    /// <summary>Short blocks repeated on at least half of the pages (three or more): headers and footers.</summary>
    private static HashSet<string> RunningLines(List<List<string>> pages)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        if (pages.Count < 3)
        {
            return result;
        }
        var counts = pages
            .SelectMany(p => p.Where(b => b.Length <= 120).Select(Key).Distinct())
            .GroupBy(k => k)
            .Where(g => g.Count() * 2 >= pages.Count && g.Count() >= 3);
        foreach (var group in counts)
        {
            result.Add(group.Key);
        }
        return result;
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
