using Bot.Core.Articles;
using Bot.Core.Chat.Requests;
using Bot.Core.Summaries;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Chat.Handlers;

/// <summary>"summarize &lt;link&gt;": one digest per link, in the order given.</summary>
public sealed class SummarizeHandler(ArticleWork work, LinkResolver links, ILogger<SummarizeHandler> logger) : IBotRequestHandler
{
    public bool CanHandle(BotRequest request) => request is SummarizeRequest;

    public async Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var summarize = (SummarizeRequest)request;
        IReadOnlyList<Uri> urls = summarize.Links.Count > 0
            ? summarize.Links
            : [await links.ResolveAsync(null, context.Conversation, "Try `summarize <link>`.", cancellationToken)];

        await context.Responder.ShowProgressAsync(cancellationToken);
        var summaryRequest = new SummaryRequest(summarize.Length, summarize.Language);
        if (urls.Count == 1)
        {
            await SummarizeOneAsync(urls[0], summaryRequest, context, cancellationToken);
            return;
        }

        // Several links: one that fails gets its own short error, and the others are still answered.
        foreach (var url in urls)
        {
            try
            {
                await SummarizeOneAsync(url, summaryRequest, context, cancellationToken);
            }
            catch (ArticleException ex)
            {
                logger.LogInformation("Link {Url} failed: {Kind}: {Cause}", url, ex.Kind, ex.InnerException?.Message ?? ex.Message);
                await context.Responder.SendAsync(Reply.Error($"{url.Host}: {ex.Message}"), cancellationToken);
            }
        }
    }

    private async Task SummarizeOneAsync(Uri url, SummaryRequest request, RequestContext context, CancellationToken cancellationToken)
    {
        var digest = await work.SummarizeAsync(url, request, cancellationToken);
        await context.Responder.SendAsync(Reply.ForDigest(digest), cancellationToken);
    }
}
