using System.Text.Json;
using Bot.Core.Chat;
using Bot.Slack.Responding;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Events;

/// <summary>
/// events_api envelopes: translate, drop redeliveries (event_id) and the second event for the same post
/// (an app_mention and a message share channel+ts), then hand the message to the core.
/// </summary>
internal sealed class EventsApiHandler(
    MessageTranslator translator,
    IDeliveredEvents delivered,
    IChatRequestHandler handler,
    SlackResponders responders,
    ILogger<EventsApiHandler> logger)
{
    public async Task HandleAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        var callback = envelope.Payload.ValueKind == JsonValueKind.Object
            ? envelope.Payload.Deserialize<EventCallback>(SlackJson.Options)
            : null;
        if (callback is not { Type: "event_callback", EventId: { } eventId } || callback.Event.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var message = translator.Translate(callback.Event.Deserialize<SlackMessageEvent>(SlackJson.Options)!);
        if (message is null)
        {
            return;
        }

        if (!await delivered.TryRecordAsync("slack", eventId, cancellationToken).ConfigureAwait(false))
        {
            logger.LogInformation("Dropped redelivered event {EventId} (attempt {RetryAttempt}, {RetryReason})",
                eventId, envelope.RetryAttempt, envelope.RetryReason);
            return;
        }

        var postKey = $"post:{message.Conversation.ChannelId}:{message.MessageId}";
        if (!await delivered.TryRecordAsync("slack", postKey, cancellationToken).ConfigureAwait(false))
        {
            logger.LogDebug("Event {EventId} is a second event for a post already handled", eventId);
            return;
        }

        var responder = responders.InThread(message.Conversation.ChannelId, message.Conversation.ThreadId!);
        await handler.HandleMessageAsync(message, responder, cancellationToken).ConfigureAwait(false);
    }
}
