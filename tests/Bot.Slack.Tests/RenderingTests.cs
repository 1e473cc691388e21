using System.Text.Json;
using System.Text.RegularExpressions;
using Bot.Core.Chat;
using Bot.Slack.Rendering;
using Bot.Slack.WebApi;

namespace Bot.Slack.Tests;

public sealed class RenderingTests
{
    /// <summary>No string in the payload can ping or link anywhere but the article itself.</summary>
    internal static void AssertPingsNobody(JsonElement payload)
    {
        var strings = Samples.AllStrings(payload).ToList();
        foreach (var s in strings)
        {
            Assert.DoesNotContain("<!", s, StringComparison.Ordinal);
            Assert.DoesNotContain("<@", s, StringComparison.Ordinal);
            Assert.DoesNotContain("<#", s, StringComparison.Ordinal);
            Assert.DoesNotContain("<http://evil", s, StringComparison.Ordinal);
            Assert.DoesNotMatch(new Regex("@(here|channel|everyone)", RegexOptions.IgnoreCase), s);
            foreach (Match link in Regex.Matches(s, "<[^>]*>"))
            {
                Assert.StartsWith("<https://example.com/a", link.Value, StringComparison.Ordinal);
            }
        }

        var all = string.Join("\n", strings);
        Assert.Contains("&lt;!channel&gt;", all, StringComparison.Ordinal);
        Assert.Contains("&lt;http://evil|x&gt;", all, StringComparison.Ordinal);
        Assert.Contains("&lt;@U123&gt;", all, StringComparison.Ordinal);
        foreach (var text in Samples.TextObjects(payload).Where(t => t.GetProperty("type").GetString() == "mrkdwn"))
        {
            Assert.True(text.GetProperty("verbatim").GetBoolean(), "mrkdwn text with untrusted content must be verbatim");
        }
    }

    private static JsonElement AsWire(SlackMessage message) =>
        JsonSerializer.SerializeToElement(new PostMessageRequest("C1", message.Text, message.Blocks), SlackJson.Options);

    [Fact]
    public void Hostile_digest_renders_without_pings()
    {
        AssertPingsNobody(AsWire(DigestRenderer.Render(Samples.Hostile())));
    }

    [Fact]
    public void Hostile_plain_reply_renders_without_pings()
    {
        var wire = AsWire(TextRenderer.Render(Reply.Error("<!channel> <@U123> <http://evil|x> @here")));

        AssertPingsNobody(wire);
        Assert.StartsWith(":warning:", wire.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Digest_has_header_source_line_bullets_and_linked_quotes()
    {
        var wire = AsWire(DigestRenderer.Render(Samples.Digest()));
        var blocks = wire.GetProperty("blocks").EnumerateArray().ToList();

        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        var source = blocks[1].GetProperty("elements")[0].GetProperty("text").GetString();
        Assert.Equal("<https://example.com/rivers|Example Science> · Ada Lovelace · 1 May 2024 · 7 min read", source);
        Assert.Contains(blocks, b => b.GetProperty("type").GetString() == "section"
            && b.GetProperty("text").GetProperty("text").GetString() == "• Rivers erode rock over millennia.\n• Valleys widen as banks collapse.");
        Assert.Contains(blocks, b => b.GetProperty("type").GetString() == "section"
            && b.GetProperty("text").GetProperty("text").GetString()
                == "> “Water always wins.”\n— <https://example.com/rivers#:~:text=Water%20always%20wins|paragraph 3>");
    }

    [Theory]
    [InlineData("“Our own ancestors wouldn’t say this.”", "> “Our own ancestors wouldn’t say this.”")]
    [InlineData("“Our own ancestors wouldn’t say this.", "> “Our own ancestors wouldn’t say this.”")]
    [InlineData("Water always wins.", "> “Water always wins.”")]
    public void A_quote_is_shown_in_one_pair_of_quotation_marks(string quote, string shown)
    {
        var digest = Samples.Digest() with { Quotes = [new DigestQuote(quote, 3, "https://example.com/rivers#:~:text=x")] };

        var sections = AsWire(DigestRenderer.Render(digest)).GetProperty("blocks").EnumerateArray()
            .Where(b => b.GetProperty("type").GetString() == "section")
            .Select(b => b.GetProperty("text").GetProperty("text").GetString()!);

        Assert.Contains(sections, s => s.StartsWith(shown + "\n— ", StringComparison.Ordinal));
    }

    [Fact]
    public void Huge_digest_stays_within_block_kit_limits()
    {
        var digest = Samples.Digest() with
        {
            Title = string.Concat(Enumerable.Repeat("Q&A ", 100)),
            Summary = Enumerable.Range(0, 300).Select(i => $"Point {i}: " + new string('&', 400)).ToList(),
            Quotes = Enumerable.Range(0, 60).Select(i => new DigestQuote(new string('x', 5000), i, "https://example.com/q")).ToList(),
        };

        var message = DigestRenderer.Render(digest);
        var wire = AsWire(message);

        Assert.True(message.Blocks.Count <= 50);
        Assert.True(message.Text.Length <= 4000);
        var header = wire.GetProperty("blocks")[0].GetProperty("text").GetProperty("text").GetString()!;
        Assert.True(header.Length <= 150, $"header of {header.Length} chars");
        Assert.DoesNotMatch("&[a-z]*$", header);
        foreach (var text in Samples.TextObjects(wire))
        {
            Assert.InRange(text.GetProperty("text").GetString()!.Length, 1, 3000);
        }
    }

    [Fact]
    public void Long_lines_split_at_3000_without_breaking_entities()
    {
        var escaped = Mrkdwn.Escape(new string('&', 2000));

        var sections = SectionSplitter.Pack([escaped, "tail"]).ToList();

        Assert.All(sections, s => Assert.InRange(s.Length, 1, 3000));
        Assert.All(sections.SkipLast(1), s => Assert.Matches("^(&amp;)+$", s));
        Assert.Equal(escaped + "\ntail", string.Concat(sections));
    }

    [Theory]
    [InlineData("https://example.com/a b|c>d", "<https://example.com/a%20b%7Cc%3Ed|label>")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("not a url", null)]
    public void Links_are_encoded_and_only_http(string url, string? expected)
    {
        Assert.Equal(expected, Mrkdwn.Link(url, "label"));
    }

    [Fact]
    public void Escape_encodes_the_three_control_characters_ampersand_first()
    {
        Assert.Equal("a &amp;lt; b &lt; c &gt; d &amp; e", Mrkdwn.Escape("a &lt; b < c > d & e"));
    }
}
