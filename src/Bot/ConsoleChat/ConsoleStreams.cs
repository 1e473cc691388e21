namespace Bot.ConsoleChat;

/// <summary>The terminal the console adapter talks through; tests hand it redirected streams.</summary>
/// <param name="Interactive">Standard input is a terminal: show a prompt.</param>
/// <param name="ProgressIsTerminal">Standard error is a terminal: progress may animate (a spinner) instead of one line.</param>
public sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Progress, bool Interactive, bool ProgressIsTerminal = false)
{
    public static ConsoleStreams FromConsole() =>
        new(Console.In, Console.Out, Console.Error, !Console.IsInputRedirected, !Console.IsErrorRedirected);
}
