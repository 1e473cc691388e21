using Bot.Cli;
using Bot.ConsoleChat;
using Bot.Core.Articles;
using Bot.Core.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Bot.Hosting;

/// <summary>Builds the host for a command and runs it; turns start-up and input errors into one line and an exit code.</summary>
internal static class BotProgram
{
    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter errors, ConsoleStreams? console = null)
    {
        try
        {
            using var host = Build(command, console);
            await CheckStartupAsync(host);
            if (command.Verb is "run" or "chat")
            {
                await host.RunAsync();
                return 0;
            }

            await host.StartAsync();
            try
            {
                var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
                return command.Verb == "extract"
                    ? await ExtractCommand.Create(host.Services, output).RunAsync(command, stopping)
                    : await DigestCommand.Create(host.Services, output).RunAsync(command, stopping);
            }
            finally
            {
                await host.StopAsync();
            }
        }
        catch (OptionsValidationException ex)
        {
            await errors.WriteLineAsync($"configuration error: {ConfigurationErrors.Describe(ex)}");
            return 2;
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            foreach (var inner in ex.InnerExceptions.Cast<OptionsValidationException>())
            {
                await errors.WriteLineAsync($"configuration error: {ConfigurationErrors.Describe(inner)}");
            }
            return 2;
        }
        catch (StorageException ex)
        {
            await errors.WriteLineAsync($"storage error: {ex.Message}");
            return 2;
        }
        catch (ArgumentException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 2;
        }
        catch (ArticleException ex)
        {
            await errors.WriteLineAsync($"error: {ex.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await errors.WriteLineAsync("stopped"); // Ctrl+C or SIGTERM while a verb was working
            return 130;
        }
    }

    /// <summary>
    /// The checks the host would run at start (options validation, the database file), run first so a bad key or
    /// file ends in one line instead of the host's start-up failure log.
    /// </summary>
    private static async Task CheckStartupAsync(IHost host)
    {
        host.Services.GetService<IStartupValidator>()?.Validate();
        await host.Services.GetRequiredService<BotDatabase>().InitializeAsync(CancellationToken.None);
    }

    internal static IHost Build(CommandLine command, ConsoleStreams? console)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = command.ConfigurationOverrides.ToArray(),
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.AddConfigFiles();
        var forceConsole = command.Verb is "chat" || command.Has("console");
        var inTerminal = command.Verb is not "run" || ChatAdapters.UsesConsole(builder.Configuration, forceConsole);
        builder.ConfigureBotLogging(quiet: inTerminal && !command.Has("verbose"));
        builder.AddBotCore();
        if (command.Verb is "run" or "chat")
        {
            builder.AddChatAdapters(forceConsole, console);
        }
        return builder.Build();
    }
}
