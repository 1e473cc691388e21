using Bot.Core.Chat.Requests;

namespace Bot.Core.Chat.Handlers;

/// <summary>A request that could not be understood gets its problem, in one line.</summary>
public sealed class InvalidRequestHandler : IBotRequestHandler
{
    public bool CanHandle(BotRequest request) => request is InvalidRequest;

    public Task HandleAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken) =>
        context.Responder.SendAsync(Reply.Error(((InvalidRequest)request).Problem), cancellationToken);
}
