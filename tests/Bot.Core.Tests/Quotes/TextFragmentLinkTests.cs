using Bot.Core.Quotes;

namespace Bot.Core.Tests.Quotes;

public class TextFragmentLinkTests
{
    [Fact]
    public void ShortQuoteIsLinkedWhole()
    {
        Assert.Equal(
            "https://a.example/news#:~:text=The%20bridge%20opened%20on%20Monday.",
            TextFragmentLink.Build("https://a.example/news", "The bridge opened on Monday."));
    }

    [Fact]
    public void DashCommaAndAmpersandAreEncoded()
    {
        Assert.Equal(
            "https://a.example/#:~:text=Rock%2C%20paper%20%26%20re%2Dentry",
            TextFragmentLink.Build("https://a.example/", "Rock, paper & re-entry"));
    }

    [Fact]
    public void LongQuoteIsLinkedByItsFirstAndLastWords()
    {
        var link = TextFragmentLink.Build(
            "https://a.example/news?id=7",
            "We have waited a long time for this bridge, and today the\n wait is finally over.");

        Assert.Equal("https://a.example/news?id=7#:~:text=We%20have%20waited%20a,wait%20is%20finally%20over.", link);
    }

    [Fact]
    public void ReplacesAnExistingFragment()
    {
        Assert.Equal(
            "https://a.example/news#:~:text=%E2%80%9CYes%E2%80%9D",
            TextFragmentLink.Build("https://a.example/news#section-2", "“Yes”"));
    }
}
