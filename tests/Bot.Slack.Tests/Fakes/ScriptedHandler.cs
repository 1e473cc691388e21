using System.Collections.Concurrent;
using Bot.Core.Chat;

namespace Bot.Slack.Tests.Fakes;

/// <summary>Stands in for the core router: records what arrived and answers the way the test says.</summary>
internal sealed class ScriptedHandler : IChatRequestHandler
{
    private readonly TaskCompletionSource firstStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ConcurrentQueue<ChatMessage> Messages { get; } = new();

    public ConcurrentQueue<ChatCommand> Commands { get; } = new();

    /// <summary>What to do for a message; default: ignore it.</summary>
    public Func<ChatMessage, IChatResponder, CancellationToken, Task> OnMessage { get; set; } = (_, _, _) => Task.CompletedTask;

    public Func<ChatCommand, IChatResponder, CancellationToken, Task> OnCommand { get; set; } = (_, _, _) => Task.CompletedTask;

    public Task FirstStarted => firstStarted.Task;

    public async Task HandleMessageAsync(ChatMessage message, IChatResponder responder, CancellationToken cancellationToken)
    {
        Messages.Enqueue(message);
        firstStarted.TrySetResult();
        await OnMessage(message, responder, cancellationToken);
    }

    public async Task HandleCommandAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken)
    {
        Commands.Enqueue(command);
        firstStarted.TrySetResult();
        await OnCommand(command, responder, cancellationToken);
    }

    /// <summary>The usual answer to a request: placeholder, then the digest.</summary>
    public static Func<ChatMessage, IChatResponder, CancellationToken, Task> ReplyWith(ArticleDigest digest) =>
        async (_, responder, ct) =>
        {
            await responder.ShowProgressAsync(ct);
            await responder.SendAsync(Reply.ForDigest(digest), ct);
        };
}
