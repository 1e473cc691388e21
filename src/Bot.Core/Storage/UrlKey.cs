namespace Bot.Core.Storage;

/// <summary>The form of a URL used to compare and look it up: scheme and host lower case, default port and
/// fragment dropped. Anything that is not an absolute http(s) URL (a local file path) is kept as given.</summary>
public static class UrlKey
{
    public static string Normalize(string url)
    {
        var trimmed = url.Trim();
        return Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) ? Normalize(uri) ?? trimmed : trimmed;
    }

    public static string? Normalize(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped)
            : null;
}
