using Bot.Core.Chat;
using Bot.Discord.Rendering;
using Bot.Discord.Rest;

namespace Bot.Discord.Commands;

/// <summary>
/// Answers a slash command that was already deferred (type 5): the answer, error or not, replaces the
/// "thinking…" message by editing the original response; further answers (one per further link) are follow-ups.
/// </summary>
internal sealed class InteractionResponder(DiscordRestClient rest, string applicationId, string token) : IChatResponder
{
    private int _answers;

    /// <summary>The deferral is the progress indicator; it went out when the interaction arrived.</summary>
    public Task ShowProgressAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task SendAsync(Reply reply, CancellationToken cancellationToken) =>
        Interlocked.Increment(ref _answers) == 1
            ? rest.EditOriginalResponseAsync(applicationId, token, ReplyRenderer.Render(reply), cancellationToken)
            : rest.CreateFollowupAsync(applicationId, token, ReplyRenderer.Render(reply), cancellationToken);
}
