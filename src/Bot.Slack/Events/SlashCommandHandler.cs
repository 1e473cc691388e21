using System.Text.Json;
using Bot.Core.Chat;
using Bot.Slack.Responding;
using Bot.Slack.SocketMode;
using Bot.Slack.WebApi;
using Microsoft.Extensions.Logging;

namespace Bot.Slack.Events;

/// <summary>slash_commands envelopes (/summarize, /quotes, /help) → ChatCommand answered through response_url.</summary>
internal sealed class SlashCommandHandler(
    IDeliveredEvents delivered,
    IChatRequestHandler handler,
    SlackResponders responders,
    ILogger<SlashCommandHandler> logger)
{
    public async Task HandleAsync(Envelope envelope, CancellationToken cancellationToken)
    {
        var payload = envelope.Payload.ValueKind == JsonValueKind.Object
            ? envelope.Payload.Deserialize<SlashCommandPayload>(SlackJson.Options)
            : null;
        if (payload is not { Command: { } command, ChannelId: { } channel, UserId: { } user }
            || !Uri.TryCreate(payload.ResponseUrl, UriKind.Absolute, out var responseUrl)
            || (responseUrl.Scheme != Uri.UriSchemeHttps && responseUrl.Scheme != Uri.UriSchemeHttp))
        {
            logger.LogWarning("Ignored an incomplete slash command envelope {EnvelopeId}", envelope.EnvelopeId);
            return;
        }

        if (!await delivered.TryRecordAsync("slack", $"envelope:{envelope.EnvelopeId}", cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        var text = payload.Text ?? "";
        var options = new Dictionary<string, string>(StringComparer.Ordinal) { ["text"] = text };
        if (SlackText.FirstUrl(text) is { } url)
        {
            options["url"] = url;
        }

        var chatCommand = new ChatCommand(
            new Conversation("slack", channel),
            user,
            payload.TriggerId ?? envelope.EnvelopeId!,
            CommandName(command),
            options);
        await handler.HandleCommandAsync(chatCommand, responders.ViaResponseUrl(responseUrl), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>"/summarize" → "summarize"; a workspace that renames help (e.g. "/articlebot-help") still means "help".</summary>
    internal static string CommandName(string command)
    {
        var name = command.TrimStart('/').ToLowerInvariant();
        return name.EndsWith("-help", StringComparison.Ordinal) ? "help" : name;
    }
}
