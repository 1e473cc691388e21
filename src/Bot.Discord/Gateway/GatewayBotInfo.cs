namespace Bot.Discord.Gateway;

/// <summary>The answer of <c>GET /gateway/bot</c>.</summary>
internal sealed record GatewayBotInfo(string Url, int Shards, SessionStartLimit? SessionStartLimit);

internal sealed record SessionStartLimit(int Total, int Remaining, long ResetAfter, int MaxConcurrency);
