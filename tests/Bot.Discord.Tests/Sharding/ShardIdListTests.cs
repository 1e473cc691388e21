using System.ComponentModel.DataAnnotations;
using Bot.Discord.Gateway.Sharding;

namespace Bot.Discord.Tests.Sharding;

public sealed class ShardIdListTests
{
    [Theory]
    [InlineData("", new int[0])]
    [InlineData(" ", new int[0])]
    [InlineData("0-3", new[] { 0, 1, 2, 3 })]
    [InlineData("0,2,5", new[] { 0, 2, 5 })]
    [InlineData("4, 0-1", new[] { 0, 1, 4 })]
    [InlineData("7", new[] { 7 })]
    public void Parses_ids_and_ranges(string text, int[] expected)
    {
        Assert.True(ShardIdList.TryParse(text, out var ids, out var error), error);
        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData("a", "'a'")]
    [InlineData("3-1", "backwards")]
    [InlineData("0-2,2", "twice")]
    [InlineData("1-2-3", "'1-2-3'")]
    [InlineData("-1", "'-1'")]
    [InlineData("0,,1", "''")]
    public void Rejects_what_is_not_a_list_of_shards(string text, string because)
    {
        Assert.False(ShardIdList.TryParse(text, out _, out var error));
        Assert.Contains(because, error);
    }

    [Theory]
    [InlineData(4, "0-4", "names shard 4, but Discord:ShardCount is 4")]
    [InlineData(0, "x", "Discord:ShardIds")]
    public void Options_name_the_bad_shard_setting(int count, string ids, string message)
    {
        var options = new DiscordOptions { Token = "t", ShardCount = count, ShardIds = ids };
        var errors = options.Validate(new ValidationContext(options)).ToList();
        Assert.Contains(errors, e => e.ErrorMessage!.Contains(message));
    }

    [Fact]
    public void Options_reject_an_unknown_compression()
    {
        var options = new DiscordOptions { Token = "t", Compression = "zstd-stream" };
        var errors = options.Validate(new ValidationContext(options)).ToList();
        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Discord:Compression must be 'zlib-stream' or 'none'"));
    }

    [Fact]
    public void Guild_traffic_goes_to_the_shard_of_its_id()
    {
        Assert.Equal(2, ShardIdentity.ForGuild(ulong.Parse(Bot.Testing.Discord.FakeDiscord.GuildIdOnShard(2, 4)), 4));
        // 197038439483310086 >> 22 = 46977624770, and 46977624770 % 4 = 2.
        Assert.Equal(2, ShardIdentity.ForGuild(197038439483310086, 4));
        Assert.Equal(0, ShardIdentity.ForGuild(197038439483310086, 1));
    }
}
