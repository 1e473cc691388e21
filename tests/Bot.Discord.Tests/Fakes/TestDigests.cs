using Bot.Core.Chat;

namespace Bot.Discord.Tests.Fakes;

public static class TestDigests
{
    public static ArticleDigest Plain() => new()
    {
        Title = "Example post",
        Url = "https://example.com/post/1",
        Site = "Example",
        Byline = "Ada Writer",
        Published = new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero),
        ReadingMinutes = 4,
        Summary = ["First point.", "Second point."],
        Quotes = [new DigestQuote("A verbatim sentence.", 2, "https://example.com/post/1#:~:text=A%20verbatim%20sentence.")],
        Summarizer = "offline summarizer",
    };

    /// <summary>An article written to ping and to break formatting.</summary>
    public static ArticleDigest Hostile() => new()
    {
        Title = "@everyone **Breaking** <@123>",
        Url = "https://example.com/evil",
        Site = "@here news",
        Byline = "<@&9>",
        Summary = ["Hi @everyone and @here, ping <@123> and <@!123> and role <@&9> in <#42>.", "[click me](https://evil.example/phish) ||spoiler|| `code` __u__ ~~s~~"],
        Quotes = [new DigestQuote("> fake quote\n# Heading @everyone", 1, "https://example.com/evil#:~:text=x)(y")],
        Notices = ["note for <@123> and @everyone"],
    };
}
