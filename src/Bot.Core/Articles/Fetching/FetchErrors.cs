using System.Globalization;
using System.Net;
using System.Text;

namespace Bot.Core.Articles.Fetching;

/// <summary>The typed failures of a fetch, each with the short message a chat user sees.</summary>
internal static class FetchErrors
{
    public static ArticleException InvalidUrl() =>
        new(ArticleErrorKind.InvalidUrl, "That doesn't look like a web link I can open (only http and https).");

    public static ArticleException RedirectToInvalidUrl() =>
        new(ArticleErrorKind.InvalidUrl, "That link redirects to an address I can't open.");

    public static ArticleException Blocked(Exception? cause = null) =>
        new(ArticleErrorKind.BlockedAddress, "That link points to a private network address, which I don't fetch.", cause);

    public static ArticleException DnsFailure(Exception cause) =>
        new(ArticleErrorKind.DnsFailure, "I couldn't find that site: its name does not resolve.", cause);

    public static ArticleException ConnectionFailed(Exception cause) =>
        new(ArticleErrorKind.ConnectionFailed, "I couldn't connect to that site.", cause);

    public static ArticleException Timeout(TimeSpan limit, Exception? cause = null) =>
        new(ArticleErrorKind.Timeout, $"The page took longer than {Seconds(limit)} s to load.", cause);

    public static ArticleException Status(HttpStatusCode status) =>
        new(ArticleErrorKind.HttpStatus, $"The site answered {(int)status} {StatusText(status)}.".Replace(" .", ".", StringComparison.Ordinal))
        {
            StatusCode = (int)status,
        };

    public static ArticleException TooLarge(long maxBytes) =>
        new(ArticleErrorKind.TooLarge, $"The page is larger than {Megabytes(maxBytes)}, more than I read.");

    public static ArticleException Unsupported(string? mediaType) =>
        new(ArticleErrorKind.UnsupportedContentType, mediaType is null
            ? "That link is not a web page, text or PDF."
            : $"That link is {mediaType}, not a web page, text or PDF.");

    public static ArticleException TooManyRedirects(int max) =>
        new(ArticleErrorKind.TooManyRedirects, $"That link redirects more than {max} times.");

    public static ArticleException RedirectLoop() =>
        new(ArticleErrorKind.TooManyRedirects, "That link redirects in a loop.");

    /// <summary>"NotFound" → "Not Found"; unknown codes get no text (the server's reason phrase is not trusted).</summary>
    internal static string StatusText(HttpStatusCode status)
    {
        if (!Enum.IsDefined(status))
        {
            return "";
        }
        var name = status.ToString();
        var text = new StringBuilder(name.Length + 4);
        foreach (var c in name)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append(' ');
            }
            text.Append(c);
        }
        return text.ToString();
    }

    private static string Seconds(TimeSpan t) => t.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Megabytes(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / (1024.0 * 1024)).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024.0).ToString("0.#", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " bytes",
    };
}
