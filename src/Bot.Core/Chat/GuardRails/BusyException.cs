namespace Bot.Core.Chat.GuardRails;

/// <summary>The bot has more work queued than it accepts; the user should try again shortly.</summary>
public sealed class BusyException() : Exception("I'm busy with other articles right now; try again in a minute.");
