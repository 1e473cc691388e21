using Bot.Core.Chat;
using Bot.Rendering;

namespace Bot.Tests.Rendering;

/// <summary>Article text reaches the terminal, so a page must not be able to send it escape sequences
/// (clear the screen, set the title or the clipboard, fake earlier output).</summary>
public sealed class ReplyTextTests
{
    [Fact]
    public void Control_characters_from_an_article_never_reach_the_terminal()
    {
        var digest = new ArticleDigest
        {
            Title = "Budget\u001b]52;c;cm0gLXJmIH4=\u0007 vote",
            Url = "https://example.com/a",
            Byline = "Ann\u009b2J Lee",
            Summary = ["Council \u001b[2Jdelays\tthe vote."],
            Quotes = [new DigestQuote("\u001b[31mWe wait\u0008.", 0, "https://example.com/a#:~:text=We")],
        };

        var text = ReplyText.Render(Reply.ForDigest(digest));

        Assert.DoesNotContain(text, c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));
        Assert.Contains("Budget]52;c;cm0gLXJmIH4= vote", text);
        Assert.Contains("Council [2Jdelays\tthe vote.", text);
    }

    [Fact]
    public void Control_characters_in_a_plain_reply_are_dropped_but_lines_stay()
    {
        var text = ReplyText.Render(Reply.Error("bad\u001b[2J page\nsecond line"));

        Assert.Equal("bad[2J page\nsecond line", text);
    }

    [Theory]
    [InlineData("“Our own ancestors wouldn’t say this.”", "  > “Our own ancestors wouldn’t say this.”\n")]
    [InlineData("“Our own ancestors wouldn’t say this.", "  > “Our own ancestors wouldn’t say this.”\n")]
    [InlineData("«Le marais est vivant.»", "  > «Le marais est vivant.»\n")]
    [InlineData("We wait.", "  > “We wait.”\n")]
    public void A_quote_is_shown_in_one_pair_of_quotation_marks(string quote, string shown)
    {
        var digest = new ArticleDigest
        {
            Title = "Whales",
            Url = "https://example.com/a",
            Quotes = [new DigestQuote(quote, 1, "https://example.com/a#:~:text=x")],
        };

        var text = ReplyText.Render(digest).ReplaceLineEndings("\n");

        Assert.Contains(shown, text, StringComparison.Ordinal);
    }
}
