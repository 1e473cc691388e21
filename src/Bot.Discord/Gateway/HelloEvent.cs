namespace Bot.Discord.Gateway;

internal sealed record HelloEvent(int HeartbeatInterval);
