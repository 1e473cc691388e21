namespace Bot.Discord.Gateway.Sharding;

/// <summary>How many shards the bot has in all, and which of them this process runs.</summary>
internal sealed record ShardPlan(int Count, IReadOnlyList<int> Ids)
{
    public override string ToString() =>
        Ids.Count == Count ? $"all {Count} shard(s)" : $"shard(s) {string.Join(",", Ids)} of {Count}";
}
