using System.Text.Json;

namespace Bot.Cli;

/// <summary>
/// How a command that failed says so: one line on standard error (<c>error: …</c>), or with <c>--json</c> (and
/// <c>--jsonl</c>) one <c>{"error": {"kind", "message"}}</c> object on standard output, so a script always reads JSON.
/// </summary>
internal sealed class ErrorReport(bool json, TextWriter output, TextWriter errors)
{
    public static ErrorReport For(CommandLine command, TextWriter output, TextWriter errors) =>
        new(command.Has("json") || command.Has("jsonl"), output, errors);

    /// <summary>For arguments that could not be parsed into a command.</summary>
    public static ErrorReport For(IReadOnlyList<string> args, TextWriter output, TextWriter errors) =>
        new(args.Any(a => a is "--json" or "--jsonl"), output, errors);

    public bool IsJson => json;

    /// <param name="kind">A stable word: an <see cref="Core.Articles.ArticleErrorCodes"/> word, or <c>usage</c>,
    /// <c>configuration</c>, <c>storage</c>.</param>
    /// <param name="label">The start of the line on standard error: "error", "configuration error", ….</param>
    /// <returns><paramref name="exitCode"/>.</returns>
    public async Task<int> FailAsync(string kind, string label, string message, int exitCode)
    {
        if (json)
        {
            await output.WriteLineAsync(JsonSerializer.Serialize(new { error = new { kind, message } }, CliJson.Options));
        }
        else
        {
            await errors.WriteLineAsync($"{label}: {message}");
        }
        return exitCode;
    }
}
