using Bot.Core.Chat.Requests;
using Bot.Core.Summaries;

namespace Bot.Core.Chat.Handlers;

/// <summary>"summarize &lt;link&gt;": one digest per link, in the order given.</summary>
public sealed class SummarizeHandler(ArticleWork work, LinkResolver links) : IBotRequestHandler
{
    public bool CanHandle(BotRequest request) => request is SummarizeRequest;

    public async Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var summarize = (SummarizeRequest)request;
        IReadOnlyList<Uri> urls = summarize.Links.Count > 0
            ? summarize.Links
            : [await links.ResolveAsync(null, context.Conversation, "Try `summarize <link>`.", cancellationToken)];

        await context.Responder.ShowProgressAsync(cancellationToken);
        foreach (var url in urls)
        {
            var digest = await work.SummarizeAsync(url, new SummaryRequest(summarize.Length, summarize.Language), cancellationToken);
            await context.Responder.SendAsync(Reply.ForDigest(digest), cancellationToken);
        }
    }
}
