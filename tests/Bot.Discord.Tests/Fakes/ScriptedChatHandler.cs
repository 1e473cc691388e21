using System.Threading.Channels;
using Bot.Core.Chat;
using Bot.Testing.Discord;

namespace Bot.Discord.Tests.Fakes;

/// <summary>
/// Stands in for the core (a pure interface): records what the adapter handed over and answers messages that
/// contain a link, and every command, with the reply the test chose.
/// </summary>
public sealed class ScriptedChatHandler : IChatRequestHandler
{
    public Channel<ChatMessage> Messages { get; } = Channel.CreateUnbounded<ChatMessage>();

    public Channel<ChatCommand> Commands { get; } = Channel.CreateUnbounded<ChatCommand>();

    public Reply Answer { get; set; } = Reply.ForDigest(TestDigests.Plain());

    /// <summary>Replies sent after <see cref="Answer"/> to a command (e.g. one per further link).</summary>
    public IReadOnlyList<Reply> MoreCommandAnswers { get; set; } = [];

    public async Task HandleMessageAsync(ChatMessage message, IChatResponder responder, CancellationToken cancellationToken)
    {
        await Messages.Writer.WriteAsync(message, cancellationToken);
        if (!message.Text.Contains("http", StringComparison.Ordinal))
            return;
        await responder.ShowProgressAsync(cancellationToken);
        await responder.SendAsync(Answer, cancellationToken);
    }

    public async Task HandleCommandAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken)
    {
        await Commands.Writer.WriteAsync(command, cancellationToken);
        await responder.SendAsync(Answer, cancellationToken);
        foreach (var more in MoreCommandAnswers)
            await responder.SendAsync(more, cancellationToken);
    }

    public async Task<ChatMessage> NextMessageAsync()
    {
        using var cts = new CancellationTokenSource(FakeDiscord.Timeout);
        return await Messages.Reader.ReadAsync(cts.Token);
    }
}
