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
    /// <param name="configure">Runs last on the host builder (tests add a log listener or a host resolver).</param>
    public static async Task<int> RunAsync(CommandLine command, TextWriter output, TextWriter errors, ConsoleStreams? console = null,
        Action<IHostApplicationBuilder>? configure = null)
    {
        var report = ErrorReport.For(command, output, errors);
        try
        {
            using var host = Build(command, console, configure);
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
            return await report.FailAsync("configuration", "configuration error", ConfigurationErrors.Describe(ex), 2);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            var problems = ex.InnerExceptions.Cast<OptionsValidationException>().Select(ConfigurationErrors.Describe).ToList();
            if (report.IsJson)
            {
                return await report.FailAsync("configuration", "configuration error", string.Join(" ", problems), 2);
            }
            foreach (var problem in problems)
            {
                await report.FailAsync("configuration", "configuration error", problem, 2);
            }
            return 2;
        }
        catch (StorageException ex)
        {
            return await report.FailAsync("storage", "storage error", ex.Message, 2);
        }
        catch (ArgumentException ex)
        {
            return await report.FailAsync("usage", "error", ex.Message, 2);
        }
        catch (ArticleException ex)
        {
            return await report.FailAsync(ArticleErrorCodes.Of(ex), "error", ex.Message, 1);
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

    internal static IHost Build(CommandLine command, ConsoleStreams? console, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = command.ConfigurationOverrides.ToArray(),
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.AddConfigFiles();
        var forceConsole = command.Verb is "chat" || command.Has("console");
        var inTerminal = command.Verb is not "run" || ChatAdapters.UsesConsole(builder.Configuration, forceConsole);
        builder.ConfigureBotLogging(quiet: inTerminal && !command.Has("verbose"), verbose: command.Has("verbose"));
        builder.AddBotCore();
        if (command.Verb is "run" or "chat")
        {
            builder.AddChatAdapters(forceConsole, console);
        }
        configure?.Invoke(builder);
        return builder.Build();
    }
}
