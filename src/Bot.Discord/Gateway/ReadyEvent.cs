namespace Bot.Discord.Gateway;

internal sealed record ReadyEvent(string SessionId, string ResumeGatewayUrl, ReadyUser User, ReadyApplication? Application);

internal sealed record ReadyUser(string Id, string? Username);

internal sealed record ReadyApplication(string Id);
