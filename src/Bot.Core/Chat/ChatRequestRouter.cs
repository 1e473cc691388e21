using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Chat.GuardRails;
using Bot.Core.Chat.Handlers;
using Bot.Core.Chat.Links;
using Bot.Core.Chat.Requests;
using Bot.Core.Diagnostics;
using Bot.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Chat;

/// <summary>
/// Where every chat message and command arrives: remembers the links posted, parses the request, applies the rate
/// limits, and runs the first handler that matches. A failing handler becomes one short reply, never a crash.
/// </summary>
public sealed class ChatRequestRouter(
    RequestParser parser,
    IEnumerable<IBotRequestHandler> handlers,
    IRequestRateLimiter rateLimiter,
    IRecentLinks recentLinks,
    IOptions<ChatOptions> options,
    ILogger<ChatRequestRouter> logger,
    BotMetrics? metrics = null) : IChatRequestHandler
{
    private readonly IBotRequestHandler[] _handlers = handlers.ToArray();

    public async Task HandleMessageAsync(ChatMessage message, IChatResponder responder, CancellationToken cancellationToken)
    {
        if (message.IsFromBot)
        {
            return;
        }

        await RememberLinksAsync(message, cancellationToken);
        var request = parser.Parse(message);
        if (request is not null)
        {
            var context = new RequestContext(message.Conversation, message.UserId, responder, NewCorrelationId(), message.AutoSummarize);
            // A link summarized only because auto-summaries are on is not worth a "slow down" reply of its own.
            await RunAsync(request, context, cancellationToken, quietWhenLimited: !message.MentionsBot);
        }
    }

    public Task HandleCommandAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken)
    {
        var context = new RequestContext(command.Conversation, command.UserId, responder, NewCorrelationId(), null);
        return RunAsync(parser.Parse(command), context, cancellationToken);
    }

    private async Task RunAsync(BotRequest request, RequestContext context, CancellationToken cancellationToken, bool quietWhenLimited = false)
    {
        using var scope = logger.BeginScope(
            "request {CorrelationId} in {Platform}/{ChannelId}", context.CorrelationId, context.Conversation.Platform, context.Conversation.ChannelId);

        if (request is not (HelpRequest or InvalidRequest)
            && await rateLimiter.AdmitAsync(context.Conversation, context.UserId, cancellationToken) is { Admitted: false, RetryAfter: var retryAfter })
        {
            logger.LogInformation("Rate limited {UserId} for {RetryAfter}", context.UserId, retryAfter);
            metrics?.RateLimited(context.Conversation.Platform);
            if (quietWhenLimited)
            {
                return;
            }
            await ReplySafelyAsync(context, Reply.Error($"Slow down a little: try again in {Math.Ceiling(retryAfter.TotalSeconds)} s."), cancellationToken);
            return;
        }

        var handler = _handlers.FirstOrDefault(h => h.CanHandle(request)) ?? _handlers.First(h => h.CanHandle(new HelpRequest()));
        logger.LogInformation("Handling {Request} with {Handler}", request.GetType().Name, handler.GetType().Name);
        var started = Stopwatch.GetTimestamp();
        var outcome = "error";
        try
        {
            await handler.HandleAsync(request, context, cancellationToken);
            outcome = "ok";
        }
        catch (ArticleException ex)
        {
            outcome = "article_error";
            logger.LogInformation("Request failed: {Kind}: {Cause}", ex.Kind, ex.InnerException?.Message ?? ex.Message);
            await ReplySafelyAsync(context, Reply.Error(ex.Message), cancellationToken);
        }
        catch (BusyException ex)
        {
            outcome = "busy";
            logger.LogWarning("Too busy to take the request");
            await ReplySafelyAsync(context, Reply.Error(ex.Message), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            outcome = "cancelled";
            logger.LogInformation("Request cancelled by shutdown");
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Request failed unexpectedly");
            await ReplySafelyAsync(context, Reply.Error($"Something went wrong on my side (ref {context.CorrelationId})."), cancellationToken);
        }
        finally
        {
            metrics?.RequestHandled(KindOf(request), outcome, Stopwatch.GetElapsedTime(started));
        }
    }

    /// <summary>"summarize", "quotes", "help", "invalid": the request type without its suffix.</summary>
    private static string KindOf(BotRequest request) =>
        request.GetType().Name.Replace("Request", "", StringComparison.Ordinal).ToLowerInvariant();

    private async Task RememberLinksAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        try
        {
            foreach (var link in LinkFinder.Find(message.Text, options.Value.MaxLinksPerMessage))
            {
                await recentLinks.RecordAsync(message.Conversation, link.AbsoluteUri, cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Losing a "recent link" only weakens "quotes on X" later; the request itself goes on.
            logger.LogWarning(ex, "Could not remember the links of message {MessageId}", message.MessageId);
        }
    }

    private async Task ReplySafelyAsync(RequestContext context, Reply reply, CancellationToken cancellationToken)
    {
        try
        {
            await context.Responder.SendAsync(reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Could not deliver the reply");
        }
    }

    private static string NewCorrelationId() => Guid.NewGuid().ToString("N")[..8];
}
