using System.Text;
using Bot.Core.Articles.Fetching;
using Bot.Testing.Pages;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Bot.Core.Tests.Articles.Fetching;

public sealed class PageDecoderTests
{
    static PageDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static TheoryData<string, string> Samples() => new()
    {
        { "windows-1252", "Café crème – “déjà vu” for 5 €" },
        { "iso-8859-1", "Café crème – “déjà vu” for 5 €" },
        { "gbk", "中文新闻：经济增长超出预期" },
        { "gb18030", "中文新闻：经济增长超出预期" },
        { "shift_jis", "日本語のニュース記事です。" },
        { "koi8-r", "Привет, мир! Новости дня." },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_page_in_a_legacy_charset_named_in_the_header_decodes(string charset, string text)
    {
        var bytes = EncodingFor(charset).GetBytes($"<html><body><p>{text}</p></body></html>");
        await using var site = await PageServer.StartAsync(app =>
            app.MapGet("/p", () => Results.Bytes(bytes, $"text/html; charset={charset}")));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/p"));

        Assert.Equal(charset, page.Charset);
        Assert.Contains(text, PageDecoder.Decode(page));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task A_page_in_a_legacy_charset_named_in_meta_decodes(string charset, string text)
    {
        var bytes = EncodingFor(charset).GetBytes($"<html><head><meta charset=\"{charset}\"><title>t</title></head><body><p>{text}</p></body></html>");
        await using var site = await PageServer.StartAsync(app => app.MapGet("/p", () => Results.Bytes(bytes, "text/html")));
        using var host = TestFetcher.Build();

        var page = await host.Fetcher().FetchAsync(site.Url("/p"));

        Assert.Null(page.Charset);
        Assert.Contains(text, PageDecoder.Decode(page));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_charset_in_meta_http_equiv_is_found(string charset, string text)
    {
        var html = $"<html><head>\n<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset={charset.ToUpperInvariant()}'>\n</head><body>{text}</body></html>";

        Assert.Contains(text, PageDecoder.Decode(EncodingFor(charset).GetBytes(html), headerCharset: null));
    }

    [Fact]
    public void The_header_wins_over_meta()
    {
        var bytes = EncodingFor("koi8-r").GetBytes("<meta charset=\"windows-1252\"><p>Привет</p>");

        Assert.Contains("Привет", PageDecoder.Decode(bytes, "koi8-r"));
    }

    [Theory]
    [InlineData("gb2312", "腾讯新闻：这是一篇文章")]
    [InlineData("windows-1252", "Café crème à la française")]
    public void A_page_saved_as_utf8_under_an_old_legacy_meta_decodes_as_utf8(string declared, string text)
    {
        var bytes = Encoding.UTF8.GetBytes($"<html><head><meta charset=\"{declared}\"></head><body><p>{text}</p></body></html>");

        Assert.Contains(text, PageDecoder.Decode(bytes, headerCharset: null));
    }

    [Fact]
    public void A_byte_order_mark_wins_and_is_not_part_of_the_text()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<p>naïve café</p>")).ToArray();

        Assert.Equal("<p>naïve café</p>", PageDecoder.Decode(bytes, "windows-1252"));
        Assert.Equal("<p>naïve café</p>", PageDecoder.Decode(bytes, null));
    }

    [Fact]
    public void A_utf16_byte_order_mark_is_honoured()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<p>日本</p>")).ToArray();

        Assert.Equal("<p>日本</p>", PageDecoder.Decode(bytes, null));
    }

    [Theory]
    [InlineData("no-such-charset")]
    [InlineData("utf-7")]
    [InlineData(null)]
    public void Unknown_missing_or_unsafe_charsets_fall_back_to_utf8(string? charset)
    {
        var bytes = Encoding.UTF8.GetBytes("<p>Grüße, 世界 +ADw-</p>");

        Assert.Equal("<p>Grüße, 世界 +ADw-</p>", PageDecoder.Decode(bytes, charset));
    }

    [Fact]
    public void Meta_is_not_sniffed_in_plain_text()
    {
        var bytes = Encoding.UTF8.GetBytes("Write <meta charset=\"koi8-r\"> in your page: Привет");

        Assert.EndsWith("Привет", PageDecoder.Decode(bytes, null, sniffMeta: false));
    }

    private static Encoding EncodingFor(string charset) => charset switch
    {
        "iso-8859-1" => Encoding.GetEncoding("windows-1252"),
        "gbk" => Encoding.GetEncoding("gb18030"),
        _ => Encoding.GetEncoding(charset),
    };
}
