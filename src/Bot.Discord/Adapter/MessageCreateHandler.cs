using System.Text.Json;
using Bot.Core.Chat;
using Bot.Discord.Messages;
using Bot.Discord.Rest;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Discord.Adapter;

/// <summary>MESSAGE_CREATE: translate, drop what was answered before, and hand it to the core with a reply-to responder.</summary>
internal sealed class MessageCreateHandler(
    BotIdentity identity,
    IDeliveredEvents delivered,
    IChatRequestHandler core,
    DiscordRestClient rest,
    RequestRunner runner,
    IOptions<DiscordOptions> options,
    ILogger<MessageCreateHandler> logger) : IDispatchHandler
{
    private readonly MessageTranslator _translator = new(options.Value.AutoSummarizeChannels);

    public string EventType => "MESSAGE_CREATE";

    public async Task HandleAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var message = _translator.Translate(data.Deserialize<MessageCreateEvent>(DiscordJson.Options)!, identity.UserId);
        if (message is null)
            return;
        if (!await delivered.TryRecordAsync("discord", message.MessageId, cancellationToken))
        {
            logger.LogDebug("Message {MessageId} was delivered before; ignored", message.MessageId);
            return;
        }

        var responder = new MessageResponder(rest, message.Conversation.ChannelId, message.MessageId, logger);
        // A reply that has started finishes even when shutdown begins; the host's shutdown timeout bounds it.
        runner.Start("message handling", _ => core.HandleMessageAsync(message, responder, CancellationToken.None), cancellationToken);
    }
}
