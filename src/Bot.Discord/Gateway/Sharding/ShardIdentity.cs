namespace Bot.Discord.Gateway.Sharding;

/// <summary>One shard: its id and the bot's total shard count, as sent in IDENTIFY (<c>shard: [id, count]</c>).</summary>
internal sealed record ShardIdentity(int Id, int Count)
{
    /// <summary>The shard Discord sends a guild's events to.</summary>
    public static int ForGuild(ulong guildId, int count) => (int)((guildId >> 22) % (ulong)count);

    public override string ToString() => $"[{Id}, {Count}]";
}
