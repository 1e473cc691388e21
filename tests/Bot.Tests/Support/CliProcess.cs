using System.Diagnostics;
using Bot.Testing;

namespace Bot.Tests.Support;

/// <summary>Runs the built program (src/Bot's own output, built with the tests) as a real process, so what it prints
/// on its own standard output and standard error is what a user sees in the terminal.</summary>
internal static class CliProcess
{
    /// <summary>Bot.dll in src/Bot/bin/&lt;configuration&gt;/&lt;framework&gt;/, as the tests were built.</summary>
    private static string Program
    {
        get
        {
            var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
            return Path.Combine(RepoPaths.Root, "src", "Bot", "bin", framework.Parent!.Name, framework.Name, "Bot.dll");
        }
    }

    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        // No chat platform from the caller's environment.
        foreach (var name in new[] { "Discord__Token", "Slack__AppToken", "Slack__BotToken", "Llm__Provider" })
        {
            start.Environment.Remove(name);
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return (process.ExitCode, (await output).ReplaceLineEndings("\n"), (await errors).ReplaceLineEndings("\n"));
    }
}
