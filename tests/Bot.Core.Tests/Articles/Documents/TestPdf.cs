using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Bot.Core.Tests.Articles.Documents;

/// <summary>Writes small PDFs: each page a list of paragraphs (lists of lines), with optional header and page number.</summary>
internal static class TestPdf
{
    public static byte[] Build(IReadOnlyList<IReadOnlyList<string[]>> pages, string? title = null, string? author = null, string? header = null, bool pageNumbers = true)
    {
        var builder = new PdfDocumentBuilder();
        if (title is not null)
        {
            builder.DocumentInformation.Title = title;
        }
        if (author is not null)
        {
            builder.DocumentInformation.Author = author;
        }
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        for (var p = 0; p < pages.Count; p++)
        {
            var page = builder.AddPage(PageSize.A4);
            if (header is not null)
            {
                page.AddText(header, 9, new PdfPoint(72, 800), font);
            }
            var y = 760.0;
            foreach (var paragraph in pages[p])
            {
                foreach (var line in paragraph)
                {
                    page.AddText(line, 11, new PdfPoint(72, y), font);
                    y -= 14;
                }
                y -= 16;
            }
            if (pageNumbers)
            {
                page.AddText((p + 1).ToString(), 9, new PdfPoint(297, 40), font);
            }
        }
        return builder.Build();
    }
}
