namespace Bot.Core.Articles.Extraction;

/// <summary>
/// The rule a reader that needs a real article (chat, summaries, quotes) applies on top of extraction: an extract of
/// a few words is a menu, an error page or a stub, not something to summarise. Commands that only show what a page
/// holds (<c>extract</c>) skip it.
/// </summary>
public static class ReadableArticleCheck
{
    /// <summary>Fewer words than this and the article is too thin to read.</summary>
    public const int DefaultMinimumWords = 10;

    public const string TooLittleText = "The page has too little text to be an article.";

    /// <exception cref="ArticleException">With <see cref="ArticleErrorKind.NotAnArticle"/> when the article has fewer
    /// than <paramref name="minimumWords"/> words.</exception>
    public static Article EnsureReadable(Article article, int minimumWords = DefaultMinimumWords)
    {
        ArgumentNullException.ThrowIfNull(article);
        if (article.WordCount < minimumWords)
        {
            throw new ArticleException(ArticleErrorKind.NotAnArticle, TooLittleText) { Reason = NotAnArticleReason.TooLittleText };
        }
        return article;
    }
}
