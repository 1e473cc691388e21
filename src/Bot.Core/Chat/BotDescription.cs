namespace Bot.Core.Chat;

/// <summary>What is configured in this deployment, for the help text.</summary>
/// <param name="Platforms">The chat platforms the bot is connected to, e.g. "Discord", "console".</param>
/// <param name="AutoSummaries">Per platform: where auto-summaries are on, in words ("every channel", "2 channels", "off").</param>
public sealed record BotDescription(IReadOnlyList<string> Platforms, IReadOnlyDictionary<string, string> AutoSummaries);
