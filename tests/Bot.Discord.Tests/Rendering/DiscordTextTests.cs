using Bot.Discord.Rendering;

namespace Bot.Discord.Tests.Rendering;

public sealed class DiscordTextTests
{
    [Theory]
    [InlineData("@everyone look", "@\u200beveryone look")]
    [InlineData("hi <@123> <@!123> <@&9> <#42>", "hi <\u200b@123> <\u200b@!123> <\u200b@&9> <\u200b#42>")]
    [InlineData("**b** _i_ ~~s~~ `c` ||p||", @"\*\*b\*\* \_i\_ \~\~s\~\~ \`c\` \|\|p\|\|")]
    [InlineData("[label](https://evil)", @"\[label\](https://evil)")]
    [InlineData("> quote\n# head\n-# small\n1. one", "\\> quote\n\\# head\n\\-# small\n1\\. one")]
    [InlineData(@"back\slash", @"back\\slash")]
    public void Escape_shows_untrusted_text_literally(string input, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(input));

    [Fact]
    public void Truncate_never_leaves_a_dangling_escape_or_half_a_surrogate_pair()
    {
        Assert.Equal("ab…", DiscordText.Truncate(@"ab\*cd", 4));
        Assert.Equal("a…", DiscordText.Truncate("a😀bc", 3));
        Assert.Equal("short", DiscordText.Truncate("short", 10));
    }
}
