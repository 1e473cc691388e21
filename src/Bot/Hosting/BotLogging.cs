using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Hosting;

internal static class BotLogging
{
    /// <summary>
    /// Logs go to standard error, so standard output carries replies and command results alone.
    /// In the terminal chat and the command-line verbs only warnings are shown unless <c>--verbose</c> is given.
    /// </summary>
    public static void ConfigureBotLogging(this IHostApplicationBuilder builder, bool quiet)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.IncludeScopes = true;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (quiet)
        {
            builder.Logging.AddFilter<ConsoleLoggerProvider>((_, level) => level >= LogLevel.Warning);
        }
    }
}
