namespace Bot.Core.Chat;

/// <summary>The core's entry point for adapters: every incoming message and command goes here.</summary>
public interface IChatRequestHandler
{
    /// <summary>Handles a message; replies through <paramref name="responder"/> only if the message was a request.
    /// Never throws for a bad message: failures become one short error reply.</summary>
    Task HandleMessageAsync(ChatMessage message, IChatResponder responder, CancellationToken cancellationToken);

    /// <summary>Handles a slash command; always replies exactly once.</summary>
    Task HandleCommandAsync(ChatCommand command, IChatResponder responder, CancellationToken cancellationToken);
}
