using Bot.Core.Articles;
using Bot.Core.Articles.Reading;

namespace Bot.Cli;

/// <summary>A command-line argument naming an article: an http(s) URL, or a local file.</summary>
internal static class ArticleInput
{
    public static bool IsUrl(string argument) =>
        Uri.TryCreate(argument, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>Reads the article: URLs through the cached, guarded pipeline; files straight from disk.</summary>
    public static async Task<ArticleLookup> ReadAsync(string argument, IArticleSource source, ArticleReader reader, CancellationToken cancellationToken)
    {
        if (IsUrl(argument))
        {
            return await source.GetAsync(new Uri(argument), cancellationToken);
        }
        if (File.Exists(argument))
        {
            return new ArticleLookup(await reader.ReadFileAsync(argument, cancellationToken), FromCache: false);
        }
        throw new ArticleException(ArticleErrorKind.InvalidUrl, $"'{argument}' is neither an http(s) link nor a file.");
    }
}
