using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Events;

/// <summary>Routes one acknowledged envelope to its handler in a fresh DI scope; a failure is logged, never thrown.</summary>
internal sealed class EnvelopeDispatcher(IServiceScopeFactory scopes, ILogger<EnvelopeDispatcher> logger)
{
    public async Task DispatchAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            switch (envelope.Type)
            {
                case "events_api":
                    await scope.ServiceProvider.GetRequiredService<EventsApiHandler>().HandleAsync(envelope, cancellationToken).ConfigureAwait(false);
                    break;
                case "slash_commands":
                    await scope.ServiceProvider.GetRequiredService<SlashCommandHandler>().HandleAsync(envelope, cancellationToken).ConfigureAwait(false);
                    break;
                default:
                    logger.LogDebug("Ignored Socket Mode envelope of type {Type}", envelope.Type);
                    break;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        catch (SlackApiException e)
        {
            logger.LogWarning("Could not answer envelope {EnvelopeId}: Slack {Method} said {Error} ({Hint})",
                envelope.EnvelopeId, e.Method, e.Error, SlackErrorHints.For(e.Error));
        }
        catch (Exception e)
        {
            logger.LogError(e, "Handling envelope {EnvelopeId} of type {Type} failed", envelope.EnvelopeId, envelope.Type);
        }
    }
}
