using Bot.Core.Chat.Links;

namespace Bot.Core.Tests.Chat;

public sealed class LinkFinderTests
{
    public static TheoryData<string, string, string[]> Messages => new()
    {
        // plain text (console, Discord)
        { "plain", "read https://example.org/a please", ["https://example.org/a"] },
        { "plain http", "http://example.org", ["http://example.org/"] },
        { "whole message", "https://example.org/a?b=1&c=2", ["https://example.org/a?b=1&c=2"] },
        { "scheme case", "HTTPS://Example.org/A", ["https://example.org/A"] },
        { "full stop", "See https://x.org/a.", ["https://x.org/a"] },
        { "sentence punctuation", "https://x.org/a, https://x.org/b; https://x.org/c! https://x.org/d? https://x.org/e:", ["https://x.org/a", "https://x.org/b", "https://x.org/c", "https://x.org/d", "https://x.org/e"] },
        { "ellipsis", "wow https://x.org/a...", ["https://x.org/a"] },
        { "unicode ellipsis", "hmm https://x.org/a…", ["https://x.org/a"] },
        { "dot inside kept", "https://x.org/file.v2.html.", ["https://x.org/file.v2.html"] },
        { "in parentheses", "(see https://x.org/a)", ["https://x.org/a"] },
        { "balanced paren kept", "(see https://x.org/a_(b))", ["https://x.org/a_(b)"] },
        { "wikipedia", "https://en.wikipedia.org/wiki/Python_(programming_language).", ["https://en.wikipedia.org/wiki/Python_(programming_language)"] },
        { "in brackets", "[https://x.org/a]", ["https://x.org/a"] },
        { "in braces", "{https://x.org/a}", ["https://x.org/a"] },
        { "double quotes", "he said \"https://x.org/a\".", ["https://x.org/a"] },
        { "single quotes", "'https://x.org/a'", ["https://x.org/a"] },
        { "curly quotes", "“https://x.org/a”", ["https://x.org/a"] },
        { "paren then stop", "(https://x.org/a).", ["https://x.org/a"] },
        { "query and fragment", "https://x.org/p?q=(1)#sec-2.", ["https://x.org/p?q=(1)#sec-2"] },
        { "japanese full stop", "記事はこちら https://x.org/a。", ["https://x.org/a"] },
        { "japanese brackets", "「https://x.org/a」を読んで", ["https://x.org/a"] },
        { "japanese text right after", "https://x.org/a、https://x.org/bを読んで。", ["https://x.org/a", "https://x.org/bを読んで"] },
        { "newlines", "first\nhttps://x.org/a\nhttps://x.org/b\n", ["https://x.org/a", "https://x.org/b"] },
        { "tab separated", "a\thttps://x.org/a\tb", ["https://x.org/a"] },
        { "port and path", "http://localhost:8080/a/b", ["http://localhost:8080/a/b"] },
        { "internationalized host", "https://bücher.example/ü", ["https://bücher.example/ü"] },
        { "ip address", "http://127.0.0.1/x", ["http://127.0.0.1/x"] },
        { "glued to a word", "foohttps://x.org/a", [] },
        { "after a colon", "link:https://x.org/a", ["https://x.org/a"] },
        { "no host", "https:// and http://", [] },
        { "bare domain", "example.org and www.example.org", [] },
        { "other schemes", "ftp://x.org/a mailto:a@x.org javascript:alert(1) file:///etc/passwd", [] },

        // Discord
        { "discord suppressed embed", "<https://x.org/a>", ["https://x.org/a"] },
        { "discord suppressed, trailing stop outside", "read <https://x.org/a>.", ["https://x.org/a"] },
        { "discord user mention", "<@123456789012345678> look https://x.org/a", ["https://x.org/a"] },
        { "discord nick, role, channel", "<@!1> <@&2> <#3> https://x.org/a", ["https://x.org/a"] },
        { "discord custom emoji and timestamp", "<:blob:123> <a:wave:456> <t:1700000000:R> https://x.org/a", ["https://x.org/a"] },
        { "discord masked link", "[the story](https://x.org/a)", ["https://x.org/a"] },
        { "discord masked link, suppressed", "[the story](<https://x.org/a>)", ["https://x.org/a"] },
        { "masked link with parens", "[wiki](https://en.wikipedia.org/wiki/Mercury_(planet))", ["https://en.wikipedia.org/wiki/Mercury_(planet)"] },
        { "masked link with title", "[s](https://x.org/a \"The title\")", ["https://x.org/a"] },
        { "masked label that is a url", "[https://good.example](https://x.org/real)", ["https://x.org/real"] },
        { "masked javascript", "[click](javascript:alert('https://x.org/evil'))", [] },
        { "bold", "**https://x.org/a**", ["https://x.org/a"] },
        { "italic underscores", "__https://x.org/a__", ["https://x.org/a"] },
        { "spoiler", "||https://x.org/a||", ["https://x.org/a"] },
        { "strikethrough", "~~https://x.org/a~~", ["https://x.org/a"] },
        { "trailing underscore kept", "https://x.org/a_", ["https://x.org/a_"] },
        { "inline code", "`https://x.org/a`", ["https://x.org/a"] },

        // Slack
        { "slack link", "<https://x.org/a>", ["https://x.org/a"] },
        { "slack labelled link", "<https://x.org/a|x.org/a>", ["https://x.org/a"] },
        { "slack label with spaces and url", "<https://x.org/a|see https://other.example/b>", ["https://x.org/a"] },
        { "slack escaped ampersand", "<https://x.org/a?b=1&amp;c=2|link>", ["https://x.org/a?b=1&c=2"] },
        { "slack user mention", "<@U024BE7LH> summarize <https://x.org/a>", ["https://x.org/a"] },
        { "slack user with label", "<@U024BE7LH|bob> hi", [] },
        { "slack channel", "<#C024BE7LR|general> <https://x.org/a>", ["https://x.org/a"] },
        { "slack specials", "<!here> <!channel> <!everyone> <!subteam^SAZ94GDB8|@team>", [] },
        { "slack date with link", "<!date^1392734382^{date_short}^https://x.org/hidden|Feb 18>", [] },
        { "slack mailto", "<mailto:bob@x.org|bob@x.org>", [] },
        { "slack text escapes", "a &lt; b &amp;&amp; <https://x.org/a>", ["https://x.org/a"] },
        { "slack bold link", "*<https://x.org/a|story>*", ["https://x.org/a"] },

        // mixes, order, duplicates
        { "order kept across forms", "https://x.org/1 <https://x.org/2> [l](https://x.org/3)", ["https://x.org/1", "https://x.org/2", "https://x.org/3"] },
        { "duplicates once", "https://x.org/a https://x.org/a <https://x.org/a|again>", ["https://x.org/a"] },
        { "duplicates after normalising", "https://X.org/a https://x.org:443/a https://x.org/a#frag", ["https://x.org/a"] },
        { "different query is different", "https://x.org/a?p=1 https://x.org/a?p=2", ["https://x.org/a?p=1", "https://x.org/a?p=2"] },
        { "angle with spaces is not a link token", "a < b https://x.org/a > c", ["https://x.org/a"] },
        { "empty", "", [] },
        { "no links", "summarize please", [] },
    };

    [Theory]
    [MemberData(nameof(Messages))]
    public void Finds_the_links_of_each_message_shape(string shape, string text, string[] expected)
    {
        var found = LinkFinder.Find(text, max: 10).Select(u => u.AbsoluteUri).ToArray();

        Assert.True(expected.Select(e => new Uri(e).AbsoluteUri).SequenceEqual(found),
            $"{shape}: expected [{string.Join(", ", expected)}] but found [{string.Join(", ", found)}]");
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 1)]
    [InlineData(3, 3)]
    [InlineData(10, 5)]
    public void Returns_at_most_max_in_order(int max, int count)
    {
        var text = "https://x.org/1 https://x.org/1 https://x.org/2 <https://x.org/3> https://x.org/4 [five](https://x.org/5)";

        var found = LinkFinder.Find(text, max);

        Assert.Equal(Enumerable.Range(1, count).Select(i => $"https://x.org/{i}"), found.Select(u => u.AbsoluteUri));
    }

    [Fact]
    public void Negative_max_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LinkFinder.Find("https://x.org", -1));
    }

    [Fact]
    public void A_long_hostile_message_is_handled_quickly()
    {
        var text = string.Concat(Enumerable.Repeat("<<[[((https://x.org/(((", 5_000)) + new string(')', 20_000);
        var watch = System.Diagnostics.Stopwatch.StartNew();

        var found = LinkFinder.Find(text, 3);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        // Every repetition ends at the next '<' as "https://x.org/(((" (one link); the last keeps three balanced ')'.
        Assert.Equal(["https://x.org/(((", "https://x.org/((()))"], found.Select(u => u.OriginalString));
    }
}
