using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Bot.Hosting;

internal static class BotLogging
{
    /// <summary>
    /// Logs go to standard error, so standard output carries replies and command results alone.
    /// In the terminal chat and the command-line verbs only warnings are shown unless <c>--verbose</c> is given, which
    /// also shows the resilience pipeline's retries (<c>Polly</c>) and Semantic Kernel's own lines, both off in the
    /// shipped configuration (each LLM call and failure is logged by the bot with its cause, without a stack trace).
    /// </summary>
    public static void ConfigureBotLogging(this IHostApplicationBuilder builder, bool quiet, bool verbose)
    {
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(options =>
        {
            options.SingleLine = true;
            options.TimestampFormat = "HH:mm:ss ";
            options.IncludeScopes = true;
        });
        builder.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);
        if (verbose)
        {
            builder.Logging.AddFilter("Polly", LogLevel.Information);
            builder.Logging.AddFilter("Microsoft.SemanticKernel", LogLevel.Information);
        }
        if (quiet)
        {
            // A rule for no category in particular: the configured categories ("Polly": "None") still decide for theirs.
            builder.Logging.AddFilter((_, level) => level >= LogLevel.Warning);
        }
    }
}
