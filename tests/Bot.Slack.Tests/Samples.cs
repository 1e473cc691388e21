using System.Text.Json;
using Bot.Core.Chat;

namespace Bot.Slack.Tests;

internal static class Samples
{
    public static ArticleDigest Digest() => new()
    {
        Title = "How rivers shape valleys",
        Url = "https://example.com/rivers",
        Site = "Example Science",
        Byline = "Ada Lovelace",
        Published = new DateTimeOffset(2024, 5, 1, 0, 0, 0, TimeSpan.Zero),
        ReadingMinutes = 7,
        Summary = ["Rivers erode rock over millennia.", "Valleys widen as banks collapse."],
        Quotes = [new DigestQuote("Water always wins.", 3, "https://example.com/rivers#:~:text=Water%20always%20wins")],
    };

    /// <summary>An article written to ping everyone and smuggle a link.</summary>
    public static ArticleDigest Hostile() => new()
    {
        Title = "<!channel> Big news & more",
        Url = "https://example.com/a",
        Site = "<@U123>",
        Byline = "@here team",
        Summary = ["Ping <!here> and <@U123> now", "Click <http://evil|x> now @channel", "<!subteam^S1> <#C999>"],
        Quotes = [new DigestQuote("<!everyone> said @everyone", 2, "https://example.com/a#:~:text=said|<x>")],
        Notices = ["<@U999|boss> says hi"],
        Topic = "<!channel>",
    };

    /// <summary>Every string value anywhere in a JSON document.</summary>
    public static IEnumerable<string> AllStrings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => [element.GetString()!],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => AllStrings(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllStrings),
        _ => [],
    };

    /// <summary>Every text object ({type, text}) anywhere in a JSON document.</summary>
    public static IEnumerable<JsonElement> TextObjects(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object when element.TryGetProperty("type", out var t) && t.GetString() is "mrkdwn" or "plain_text" => [element],
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p => TextObjects(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(TextObjects),
        _ => [],
    };

    /// <summary>Polls a condition for at most a few seconds.</summary>
    public static async Task Eventually(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "Timed out waiting for: " + what);
            await Task.Delay(10);
        }
    }
}
