using System.Text.Json;
using Bot.Core.Chat;
using Bot.Discord.Commands;
using Bot.Discord.Rest;
using Bot.Discord.Rest.Models;
using Microsoft.Extensions.Logging;

namespace Bot.Discord.Adapter;

/// <summary>
/// INTERACTION_CREATE: defers at once (Discord allows 3 s), then runs the command and edits the original
/// response with the answer.
/// </summary>
internal sealed class InteractionCreateHandler(
    IDeliveredEvents delivered,
    IChatRequestHandler core,
    DiscordRestClient rest,
    RequestRunner runner,
    ILogger<InteractionCreateHandler> logger) : IDispatchHandler
{
    public string EventType => "INTERACTION_CREATE";

    public async Task HandleAsync(JsonElement data, CancellationToken cancellationToken)
    {
        var interaction = data.Deserialize<InteractionCreateEvent>(DiscordJson.Options)!;
        if (InteractionCommandMapper.ToCommand(interaction) is not { } command)
            return;
        if (!await delivered.TryRecordAsync("discord", interaction.Id, cancellationToken))
        {
            logger.LogDebug("Interaction {InteractionId} was delivered before; ignored", interaction.Id);
            return;
        }

        try
        {
            await rest.CreateInteractionResponseAsync(
                interaction.Id, interaction.Token, new InteractionResponse(InteractionResponse.DeferredChannelMessageWithSource), cancellationToken);
        }
        catch (DiscordApiException ex)
        {
            logger.LogWarning(ex, "Could not defer /{Command} (interaction {InteractionId}); it is dropped", command.Name, interaction.Id);
            return;
        }

        var responder = new InteractionResponder(rest, interaction.ApplicationId, interaction.Token);
        // A deferred answer that has started finishes even when shutdown begins; the host's shutdown timeout bounds it.
        runner.Start($"/{command.Name}", _ => RunAsync(command, responder, CancellationToken.None), cancellationToken);
    }

    private async Task RunAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken)
    {
        try
        {
            await core.HandleCommandAsync(command, responder, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not DiscordApiException)
        {
            // The core promises one reply; if it broke anyway, do not leave the user looking at "thinking…".
            logger.LogError(ex, "/{Command} failed", command.Name);
            await responder.SendAsync(Reply.Error("Sorry, that did not work. Please try again later."), cancellationToken);
        }
    }
}
