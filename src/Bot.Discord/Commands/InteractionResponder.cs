using Bot.Core.Chat;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;
using Bot.Discord.Rest.Models;

namespace Bot.Discord.Commands;

/// <summary>
/// Answers a slash command that was already deferred (type 5, public). The first answer replaces the "thinking…"
/// message by editing the original response; further answers (one per further link) are follow-ups. An error is
/// shown to the invoker alone: a public deferral cannot turn private, so a first-answer error deletes it and goes
/// out as an ephemeral follow-up instead.
/// </summary>
internal sealed class InteractionResponder(DiscordRestClient rest, string applicationId, string token) : IChatResponder
{
    private int _answers;

    /// <summary>The deferral is the progress indicator; it went out when the interaction arrived.</summary>
    public Task ShowProgressAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task SendAsync(Reply reply, CancellationToken cancellationToken)
    {
        var first = Interlocked.Increment(ref _answers) == 1;
        var message = ReplyRenderer.Render(reply);
        if (reply.IsError)
        {
            if (first)
            {
                await rest.DeleteOriginalResponseAsync(applicationId, token, cancellationToken);
            }
            await rest.CreateFollowupAsync(applicationId, token, message with { Flags = InteractionResponse.EphemeralFlag }, cancellationToken);
        }
        else if (first)
        {
            await rest.EditOriginalResponseAsync(applicationId, token, message, cancellationToken);
        }
        else
        {
            await rest.CreateFollowupAsync(applicationId, token, message, cancellationToken);
        }
    }
}
