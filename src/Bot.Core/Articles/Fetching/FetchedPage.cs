namespace Bot.Core.Articles.Fetching;

/// <summary>A fetched response body and what the server said about it.</summary>
/// <param name="Url">The address the body came from, after redirects.</param>
/// <param name="MediaType">The media type, lower case (from Content-Type, or sniffed when the server sent none).</param>
/// <param name="Charset">The charset named in the Content-Type header, if any.</param>
/// <param name="Body">The body after content decoding (gzip, deflate, brotli).</param>
public sealed record FetchedPage(Uri Url, string MediaType, string? Charset, byte[] Body)
{
    public bool IsHtml => MediaType is MediaTypes.Html or MediaTypes.Xhtml;

    public bool IsPlainText => MediaType == MediaTypes.PlainText;

    public bool IsPdf => MediaType == MediaTypes.Pdf;
}
