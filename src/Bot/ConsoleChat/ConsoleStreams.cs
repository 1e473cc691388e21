namespace Bot.ConsoleChat;

/// <summary>The terminal the console adapter talks through; tests hand it redirected streams.</summary>
/// <param name="Interactive">Standard input is a terminal: show a prompt and progress.</param>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Progress, bool Interactive)
{
    public static ConsoleStreams FromConsole() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected);
}
