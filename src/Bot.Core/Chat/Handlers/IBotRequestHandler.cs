using Bot.Core.Chat.Requests;

namespace Bot.Core.Chat.Handlers;

/// <summary>One kind of request. The router asks each registered handler in order and runs the first that matches.</summary>
public interface IBotRequestHandler
{
    bool CanHandle(BotRequest request);

    /// <summary>Answers through <see cref="RequestContext.Responder"/>. May throw <see cref="Articles.ArticleException"/>
    /// or <see cref="GuardRails.BusyException"/>; the router turns those into a short reply.</summary>
    Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken);
}
