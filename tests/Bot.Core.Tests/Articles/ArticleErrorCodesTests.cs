using Bot.Core.Articles;

namespace Bot.Core.Tests.Articles;

public sealed class ArticleErrorCodesTests
{
    [Fact]
    public void Every_failure_kind_has_its_own_word()
    {
        var words = Enum.GetValues<ArticleErrorKind>().Where(k => k != ArticleErrorKind.NotAnArticle)
            .Select(k => ArticleErrorCodes.Of(new ArticleException(k, "m")))
            .Concat(Enum.GetValues<NotAnArticleReason>().Select(r => ArticleErrorCodes.Of(new ArticleException(ArticleErrorKind.NotAnArticle, "m") { Reason = r })))
            .ToList();

        Assert.Equal(words.Count, words.Distinct().Count());
        Assert.All(words, w => Assert.Matches("^[a-z]+(_[a-z]+)*$", w));
        Assert.DoesNotContain("article_error", words);
    }

    [Theory]
    [InlineData(404, "not_found")]
    [InlineData(410, "not_found")]
    [InlineData(403, "forbidden")]
    [InlineData(503, "server_error")]
    [InlineData(418, "http_error")]
    public void Http_statuses_map_to_words(int status, string word) =>
        Assert.Equal(word, ArticleErrorCodes.Of(new ArticleException(ArticleErrorKind.HttpStatus, "m") { StatusCode = status }));
}
