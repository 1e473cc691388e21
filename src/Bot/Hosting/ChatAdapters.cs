using Bot.ConsoleChat;
using Bot.Core.Chat;
using Bot.Discord;
using Bot.Slack;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Bot.Hosting;

internal static class ChatAdapters
{
    /// <summary>
    /// Discord runs when <c>Discord:Token</c> is set, Slack when both Slack tokens are set, and the console adapter when
    /// neither is, or when asked for.
    /// </summary>
    public static IHostApplicationBuilder AddChatAdapters(this IHostApplicationBuilder builder, bool forceConsole, ConsoleStreams? console = null)
    {
        var configuration = builder.Configuration;
        var (discord, slack) = (DiscordConfigured(configuration), SlackConfigured(configuration));
        var platforms = new List<string>();
        var autoSummaries = new Dictionary<string, string>();

        if (UsesConsole(configuration, forceConsole))
        {
            builder.Services.AddSingleton(console ?? ConsoleStreams.FromConsole());
            builder.Services.AddHostedService<ConsoleAdapter>();
            platforms.Add("console");
            autoSummaries[ConsoleAdapter.Platform] = "always on";
        }

        if (discord)
        {
            builder.AddDiscordAdapter();
            platforms.Add("Discord");
            autoSummaries["discord"] = Describe(configuration.GetSection("Discord:AutoSummarizeChannels"));
        }

        if (slack)
        {
            builder.AddSlackAdapter();
            platforms.Add("Slack");
            autoSummaries["slack"] = Describe(configuration.GetSection("Slack:AutoSummarizeChannels"));
        }

        builder.Services.AddSingleton(new BotDescription(platforms, autoSummaries));
        return builder;
    }

    /// <summary>Whether the terminal chat runs: when asked for, or when no chat platform is configured.</summary>
    public static bool UsesConsole(IConfiguration configuration, bool forceConsole) =>
        forceConsole || !(DiscordConfigured(configuration) || SlackConfigured(configuration));

    private static bool DiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:Token"]);

    private static bool SlackConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Slack:AppToken"]) && !string.IsNullOrWhiteSpace(configuration["Slack:BotToken"]);

    private static string Describe(IConfigurationSection channels)
    {
        var ids = channels.GetChildren().Select(c => c.Value).DefaultIfEmpty(channels.Value)
            .SelectMany(v => (v ?? "").Split((char[])[',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries))
            .ToArray();
        return ids.Contains("*") ? "on in every channel" : ids.Length == 0 ? "off (mention me or use a slash command)" : $"on in {ids.Length} channel(s)";
    }
}
