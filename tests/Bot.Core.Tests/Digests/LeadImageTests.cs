using Bot.Core.Articles;
using Bot.Core.Digests;

namespace Bot.Core.Tests.Digests;

public sealed class LeadImageTests
{
    [Theory]
    [InlineData("https://cdn.example.com/a.jpg", "https://cdn.example.com/a.jpg")]
    [InlineData("http://cdn.example.com/a.jpg", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("data:image/png;base64,AAAA", null)]
    [InlineData("/relative/a.jpg", null)]
    [InlineData("https://cdn.example.com/a b.jpg", null)]
    [InlineData(null, null)]
    public void Only_an_absolute_https_address_is_shown(string? leadImage, string? shown) =>
        Assert.Equal(shown, LeadImage.Of(new Article("https://example.com/a", "T", ["p"]) { LeadImageUrl = leadImage }));
}
