using Bot.Core.Articles;
using Bot.Core.Articles.Documents;
using Bot.Core.Tests.Articles.Fetching;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Core.Tests.Articles.Documents;

public sealed class PdfArticleReaderTests
{
    private static readonly string[] First =
    [
        "The committee met on Tuesday to review the budget for the coming",
        "year. Members agreed that spending on roads should rise, and that",
        "the library would keep its opening hours.",
    ];

    private static readonly string[] Second =
    [
        "A long discussion followed about the new park. Several residents",
        "asked for more trees and a safer crossing near the school, an exam-",
        "ple of the requests the council hears every month.",
    ];

    private static readonly string[] Cut = ["The final vote was postponed because the mayor wanted to hear from the"];

    private static readonly string[] Continued = ["residents of the northern district first.", "It will take place in June."];

    [Fact]
    public void A_pdf_becomes_an_article_with_its_title_author_and_paragraphs()
    {
        var pdf = TestPdf.Build([[First, Second, Cut], [Continued], [["Closing remarks were brief."]]],
            title: "Council Minutes", author: "Jane Clerk", header: "City Council of Springfield");

        var article = PdfArticleReader.Read(pdf, "https://example.com/minutes.pdf");

        Assert.Equal("Council Minutes", article.Title);
        Assert.Equal("Jane Clerk", article.Byline);
        Assert.Equal("https://example.com/minutes.pdf", article.Url);
        Assert.Equal(
        [
            string.Join(' ', First),
            "A long discussion followed about the new park. Several residents asked for more trees and a safer crossing "
                + "near the school, an example of the requests the council hears every month.",
            Cut[0] + " " + string.Join(' ', Continued),
            "Closing remarks were brief.",
        ], article.Paragraphs);
    }

    [Fact]
    public void Only_the_first_pages_of_a_long_pdf_are_read_and_the_article_says_it_is_truncated()
    {
        var pdf = TestPdf.Build([[First], [Second], [["Closing remarks were brief."]]], title: "Council Minutes");

        var whole = PdfArticleReader.Read(pdf, "https://example.com/minutes.pdf");
        var capped = PdfArticleReader.Read(pdf, "https://example.com/minutes.pdf", maxPages: 2);

        Assert.False(whole.Truncated);
        Assert.Equal(3, whole.Paragraphs.Count);
        Assert.True(capped.Truncated);
        Assert.Equal([string.Join(' ', First), string.Join(' ', Second).Replace("exam- ple", "example", StringComparison.Ordinal)], capped.Paragraphs);
    }

    [Fact]
    public void Without_a_title_in_the_document_information_the_first_short_paragraph_is_the_title()
    {
        var pdf = TestPdf.Build([[["Annual Report 2024"], First, Second]]);

        var article = PdfArticleReader.Read(pdf, "https://example.com/r.pdf");

        Assert.Equal("Annual Report 2024", article.Title);
        Assert.Equal(string.Join(' ', First), article.Paragraphs[0]);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pdf_without_text_or_with_only_page_numbers_is_not_an_article(bool pageNumbers)
    {
        var pdf = TestPdf.Build([[], []], pageNumbers: pageNumbers);

        var error = Assert.Throws<ArticleException>(() => PdfArticleReader.Read(pdf, "https://example.com/x.pdf"));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Contains("no text", error.Message);
    }

    [Fact]
    public async Task A_pdf_served_over_http_is_fetched_and_read()
    {
        var pdf = TestPdf.Build([[First, Second]], title: "Council Minutes");
        await using var site = await PageServer.StartAsync(app => app.MapGet("/m.pdf", () => Results.Bytes(pdf, "application/pdf")));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/m.pdf"));
        var article = PdfArticleReader.Read(page.Body, page.Url.AbsoluteUri);

        Assert.True(page.IsPdf);
        Assert.Equal("Council Minutes", article.Title);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Theory]
    [InlineData("%PDF-1.7\nthis is not really a pdf")]
    [InlineData("")]
    [InlineData("<html>oops</html>")]
    public void A_broken_pdf_is_not_an_article(string content)
    {
        var error = Assert.Throws<ArticleException>(() =>
            PdfArticleReader.Read(System.Text.Encoding.ASCII.GetBytes(content), "https://example.com/x.pdf"));

        Assert.Equal(ArticleErrorKind.NotAnArticle, error.Kind);
        Assert.Equal("That PDF could not be read.", error.Message);
    }
}
