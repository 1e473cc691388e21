namespace Bot.Core.Articles;

/// <summary>
/// The stable word for each article failure (<c>not_found</c>, <c>thin_page</c>, <c>paywall</c>, …), for scripts
/// reading <c>--json</c> and for log fields. The one place a failure type becomes a word: add a kind here, never
/// rename one.
/// </summary>
public static class ArticleErrorCodes
{
    public static string Of(ArticleException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind switch
        {
            ArticleErrorKind.InvalidUrl => "invalid_url",
            ArticleErrorKind.FileNotFound => "file_not_found",
            ArticleErrorKind.BlockedAddress => "private_address",
            ArticleErrorKind.DnsFailure => "unknown_host",
            ArticleErrorKind.ConnectionFailed => "connection_failed",
            ArticleErrorKind.Timeout => "timeout",
            ArticleErrorKind.HttpStatus => OfStatus(error.StatusCode),
            ArticleErrorKind.TooLarge => "too_large",
            ArticleErrorKind.UnsupportedContentType => "unsupported_type",
            ArticleErrorKind.TooManyRedirects => "too_many_redirects",
            ArticleErrorKind.NotAnArticle => error.Reason switch
            {
                NotAnArticleReason.TooLittleText => "thin_page",
                NotAnArticleReason.Paywall => "paywall",
                NotAnArticleReason.ConsentWall => "consent_wall",
                NotAnArticleReason.NeedsJavaScript => "needs_javascript",
                NotAnArticleReason.RobotCheck => "captcha",
                NotAnArticleReason.Unreadable => "unreadable",
                _ => "no_text",
            },
            _ => "article_error",
        };
    }

    private static string OfStatus(int? status) => status switch
    {
        404 or 410 => "not_found",
        401 or 403 => "forbidden",
        429 => "rate_limited",
        >= 500 => "server_error",
        _ => "http_error",
    };
}
