using Bot.Discord.Rest.Models;

namespace Bot.Discord.Commands;

/// <summary>The slash commands the bot registers: /summarize, /quotes and /help.</summary>
internal static class SlashCommandCatalog
{
    public static IReadOnlyList<ApplicationCommand> All { get; } =
    [
        new("summarize", "Summarize a web page",
        [
            new(ApplicationCommandOption.String, "url", "Link to the article", Required: true) { MaxLength = 2000 },
            new(ApplicationCommandOption.String, "length", "How long the summary is")
            {
                Choices = [new("short", "short"), new("medium", "medium"), new("long", "long")],
            },
            new(ApplicationCommandOption.String, "language", "Language of the summary, e.g. en, de, fr")
            {
                MinLength = 2,
                MaxLength = 10,
            },
        ]),
        new("quotes", "Verbatim quotes from a web page",
        [
            new(ApplicationCommandOption.String, "url", "Link to the article", Required: true) { MaxLength = 2000 },
            new(ApplicationCommandOption.String, "topic", "Only quotes about this") { MaxLength = 200 },
            new(ApplicationCommandOption.Integer, "count", "How many quotes") { MinValue = 1, MaxValue = 10 },
        ]),
        new("help", "What this bot can do"),
    ];
}
