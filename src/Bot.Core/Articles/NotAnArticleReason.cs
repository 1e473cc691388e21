namespace Bot.Core.Articles;

/// <summary>Why a page or file read as <see cref="ArticleErrorKind.NotAnArticle"/>.</summary>
public enum NotAnArticleReason
{
    NoText,
    TooLittleText,
    Paywall,
    ConsentWall,
    NeedsJavaScript,
    RobotCheck,
    Unreadable,
}
