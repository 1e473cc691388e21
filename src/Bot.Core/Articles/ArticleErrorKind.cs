namespace Bot.Core.Articles;

/// <summary>Why an article could not be read. Each kind has a short message a chat user can act on.</summary>
public enum ArticleErrorKind
{
    InvalidUrl,
    BlockedAddress,
    DnsFailure,
    ConnectionFailed,
    Timeout,
    HttpStatus,
    TooLarge,
    UnsupportedContentType,
    TooManyRedirects,
    NotAnArticle,
    FileNotFound,
}
