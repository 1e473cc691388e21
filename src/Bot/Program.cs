using Bot.Cli;
using Bot.Hosting;

var command = CommandLine.Parse(args, out var error);
if (command is null)
{
    var report = ErrorReport.For(args, Console.Out, Console.Error);
    await report.FailAsync("usage", "error", error!, 2);
    if (!report.IsJson)
    {
        await Console.Error.WriteLineAsync(CommandLine.Usage);
    }
    return 2;
}
if (command.Verb == "help" || command.Has("help"))
{
    Console.WriteLine(CommandLine.Usage);
    return 0;
}

return await BotProgram.RunAsync(command, Console.Out, Console.Error);
