using System.Text;

namespace Bot.Core.Articles.Fetching;

/// <summary>The media types the article pipeline reads, and a sniffer for responses that name none.</summary>
public static class MediaTypes
{
    public const string Html = "text/html";
    public const string Xhtml = "application/xhtml+xml";
    public const string PlainText = "text/plain";
    public const string Pdf = "application/pdf";

    /// <summary>Guesses the type of a body served without Content-Type; null when it looks binary.</summary>
    public static string? Sniff(ReadOnlySpan<byte> body)
    {
        var head = body[..Math.Min(body.Length, 1024)];
        if (head.StartsWith("%PDF-"u8))
        {
            return Pdf;
        }
        if (head.Contains((byte)0))
        {
            return null;
        }
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF', ' ', '\t', '\r', '\n');
        var looksHtml = text.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<html", StringComparison.OrdinalIgnoreCase)
            || text.Contains("<body", StringComparison.OrdinalIgnoreCase);
        return looksHtml ? Html : PlainText;
    }
}
