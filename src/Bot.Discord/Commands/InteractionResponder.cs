using Bot.Core.Chat;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;

namespace Bot.Discord.Commands;

/// <summary>
/// Answers a slash command that was already deferred (type 5): the answer, error or not, replaces the
/// "thinking…" message by editing the original response.
/// </summary>
internal sealed class InteractionResponder(DiscordRestClient rest, string applicationId, string token) : IChatResponder
{
    /// <summary>The deferral is the progress indicator; it went out when the interaction arrived.</summary>
    public Task ShowProgressAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(Reply reply, CancellationToken cancellationToken) =>
        rest.EditOriginalResponseAsync(applicationId, token, ReplyRenderer.Render(reply), cancellationToken);
}
