using Bot.Core.Articles;
using Bot.Core.Storage;

namespace Bot.Core.Chat.Handlers;

/// <summary>Finds the article a request is about: the link it gave, else the last link posted in the thread or channel.</summary>
public sealed class LinkResolver(IRecentLinks recentLinks)
{
    public async Task<Uri> ResolveAsync(Uri? given, Conversation conversation, string howToGiveOne, CancellationToken cancellationToken)
    {
        if (given is not null)
        {
            return given;
        }

        var latest = await recentLinks.GetLatestAsync(conversation, cancellationToken);
        if (latest is not null && Uri.TryCreate(latest, UriKind.Absolute, out var url))
        {
            return url;
        }
        throw new ArticleException(ArticleErrorKind.InvalidUrl, $"I don't see a link here yet. {howToGiveOne}");
    }
}
