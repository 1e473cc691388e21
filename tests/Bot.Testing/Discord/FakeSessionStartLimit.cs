namespace Bot.Testing.Discord;

/// <summary>What the fake <c>GET /gateway/bot</c> says about the identify budget and concurrency.</summary>
public sealed record FakeSessionStartLimit(int Total = 1000, int Remaining = 999, long ResetAfterMs = 14_400_000, int MaxConcurrency = 1);

/// <summary>An IDENTIFY as the fake gateway saw it: the shard array and the time (on the fake's clock) it arrived.</summary>
public sealed record RecordedIdentify(int ShardId, int ShardCount, DateTimeOffset At);
