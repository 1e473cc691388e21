namespace Bot.Core.Articles.Fetching;

/// <summary>Parses and normalises a link before it is fetched: absolute http(s) only, no credentials, no fragment.</summary>
public static class FetchUrl
{
    /// <summary>The normalised address, or an <see cref="ArticleErrorKind.InvalidUrl"/> error.</summary>
    public static Uri Parse(string? text)
    {
        var trimmed = text?.Trim().Trim('<', '>');
        if (string.IsNullOrEmpty(trimmed) || !Uri.TryCreate(trimmed, UriKind.Absolute, out var uri))
        {
            throw FetchErrors.InvalidUrl();
        }
        return Normalise(uri) ?? throw FetchErrors.InvalidUrl();
    }

    /// <summary>The address without user info and fragment, or null when it is not an http(s) URL with a host.</summary>
    public static Uri? Normalise(Uri uri)
    {
        if (!uri.IsAbsoluteUri
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || string.IsNullOrEmpty(uri.Host))
        {
            return null;
        }
        if (uri.UserInfo.Length == 0 && uri.Fragment.Length == 0)
        {
            return uri;
        }
        var builder = new UriBuilder(uri) { UserName = "", Password = "", Fragment = "" };
        return builder.Uri;
    }
}
