namespace Bot.Core.Articles;

/// <summary>
/// A typed failure while fetching or reading an article. <see cref="Exception.Message"/> is short and safe to show
/// to a chat user (no stack trace, no internal addresses); the cause stays in <see cref="Exception.InnerException"/>.
/// </summary>
public sealed class ArticleException : Exception
{
    public ArticleException(ArticleErrorKind kind, string userMessage, Exception? innerException = null)
        : base(userMessage, innerException)
    {
        Kind = kind;
    }

    public ArticleErrorKind Kind { get; }

    /// <summary>The HTTP status when <see cref="Kind"/> is <see cref="ArticleErrorKind.HttpStatus"/>.</summary>
    public int? StatusCode { get; init; }

    /// <summary>Which kind of non-article when <see cref="Kind"/> is <see cref="ArticleErrorKind.NotAnArticle"/>.</summary>
    public NotAnArticleReason? Reason { get; init; }
}
