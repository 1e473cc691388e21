using Bot.Core.Chat.Requests;

namespace Bot.Core.Chat.Handlers;

/// <summary>"quotes [&lt;link&gt;] [on &lt;topic&gt;]": verbatim quotes from the given or the last posted article.</summary>
public sealed class QuotesHandler(ArticleWork work, LinkResolver links) : IBotRequestHandler
{
    public bool CanHandle(BotRequest request) => request is QuotesRequest;

    public async Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var quotes = (QuotesRequest)request;
        var url = await links.ResolveAsync(
            quotes.Link, context.Conversation, "Post a link first, or try `quotes <link> on <topic>`.", cancellationToken);

        await context.Responder.ShowProgressAsync(cancellationToken);
        var digest = await work.QuotesAsync(url, quotes.Topic, quotes.Count, cancellationToken);
        await context.Responder.SendAsync(Reply.ForDigest(digest), cancellationToken);
    }
}
