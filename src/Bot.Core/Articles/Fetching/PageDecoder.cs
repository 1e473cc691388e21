using System.Text;
using System.Text.RegularExpressions;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// Decodes HTML and plain-text bodies to a string. The encoding comes from, in order: a byte-order mark (as browsers
/// do, it beats the header), the Content-Type charset, a <c>&lt;meta charset&gt;</c> or <c>http-equiv</c> in the
/// first 4 KB (HTML only) unless the body is valid UTF-8 with non-ASCII text, else UTF-8. Unknown labels fall through to the next source. Invalid bytes become U+FFFD.
/// </summary>
public static partial class PageDecoder
{
    private const int SniffBytes = 4096;

    public static string Decode(FetchedPage page) => Decode(page.Body, page.Charset, page.IsHtml);

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset, bool sniffMeta = true)
    {
        var (encoding, bomLength) = DetectEncoding(body, headerCharset, sniffMeta);
        return encoding.GetString(body[bomLength..]);
    }

    /// <summary>The encoding to decode <paramref name="body"/> with, and the length of its byte-order mark.</summary>
    public static (Encoding Encoding, int BomLength) DetectEncoding(ReadOnlySpan<byte> body, string? headerCharset, bool sniffMeta = true)
    {
        if (body.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Encoding.UTF8, 3);
        }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Encoding.Unicode, 2);
        }
        if (body.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Encoding.BigEndianUnicode, 2);
        }
        if (CharsetNames.Resolve(headerCharset) is { } fromHeader)
        {
            return (fromHeader, 0);
        }
        if (sniffMeta && CharsetNames.Resolve(SniffMetaCharset(body)) is { } fromMeta)
        {
            // A page that could state its charset in ASCII is not UTF-16, whatever it says. And a page re-saved as
            // UTF-8 often keeps its old legacy <meta>: non-ASCII text that is valid UTF-8 is almost never legacy.
            return (fromMeta is UnicodeEncoding || (fromMeta.CodePage != Encoding.UTF8.CodePage && IsUtf8WithNonAscii(body))
                ? Encoding.UTF8
                : fromMeta, 0);
        }
        return (Encoding.UTF8, 0);
    }

    private static bool IsUtf8WithNonAscii(ReadOnlySpan<byte> body) =>
        !System.Text.Ascii.IsValid(body) && System.Text.Unicode.Utf8.IsValid(body);

    /// <summary>The charset label of the first <c>&lt;meta&gt;</c> that declares one, or null.</summary>
    public static string? SniffMetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.Latin1.GetString(body[..Math.Min(body.Length, SniffBytes)]);
        var match = MetaCharset().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_:.+\-]+)""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
