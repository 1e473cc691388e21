using Bot.Cli;
using Bot.ConsoleChat;
using Bot.Hosting;

namespace Bot.Tests.Support;

/// <summary>Runs the real <c>chat</c> verb on redirected streams: the script is standard input, one message a line.</summary>
internal static class ChatSession
{
    public static async Task<(int ExitCode, string Output, string Progress)> RunAsync(string script, string databasePath, params string[] overrides)
    {
        var command = CommandLine.Parse(
            ["chat", "--Fetch:AllowPrivateNetworks=true", $"--Storage:DatabasePath={databasePath}", .. overrides], out var error)!;
        Assert.Null(error);
        var output = new StringWriter();
        var progress = new StringWriter();
        var console = new ConsoleStreams(new StringReader(script), output, progress, Interactive: false);

        var exitCode = await BotProgram.RunAsync(command, output, progress, console).WaitAsync(TimeSpan.FromSeconds(60));
        return (exitCode, output.ToString().Replace("\r\n", "\n"), progress.ToString());
    }
}
