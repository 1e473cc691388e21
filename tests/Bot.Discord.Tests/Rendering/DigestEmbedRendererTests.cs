using Bot.Core.Chat;
using Bot.Discord.Rendering;

namespace Bot.Discord.Tests.Rendering;

public sealed class DigestEmbedRendererTests
{
    [Fact]
    public void A_digest_far_over_the_limits_is_split_and_shortened_within_every_limit()
    {
        var digest = new ArticleDigest
        {
            Title = new string('T', 400),
            Url = "https://example.com/long",
            Site = new string('S', 2000),
            Summary = Enumerable.Range(1, 40).Select(i => $"Bullet {i} " + new string('x', 300)).ToList(),
            Quotes = Enumerable.Range(1, 30).Select(i => new DigestQuote(new string('q', 900), i, $"https://example.com/long#:~:text=q{i}")).ToList(),
            Notices = [new string('n', 50)],
        };

        var embeds = DigestEmbedRenderer.Render(digest);

        Assert.InRange(embeds.Count, 2, EmbedLimits.EmbedsPerMessage);
        Assert.True(embeds[0].Title!.Length <= EmbedLimits.Title);
        Assert.All(embeds, e => Assert.True((e.Description?.Length ?? 0) <= EmbedLimits.Description));
        Assert.All(embeds.SelectMany(e => e.Fields ?? []), f => Assert.True(f.Value.Length <= EmbedLimits.FieldValue));
        var total = embeds.Sum(e => (e.Title?.Length ?? 0) + (e.Description?.Length ?? 0) + (e.Footer?.Text.Length ?? 0)
                                    + (e.Fields ?? []).Sum(f => f.Name.Length + f.Value.Length));
        Assert.True(total <= EmbedLimits.TotalPerMessage, $"total {total}");
        Assert.EndsWith("shortened to fit Discord's limits", embeds[^1].Footer!.Text);
    }

    [Fact]
    public void A_small_digest_fits_one_embed_with_source_fields()
    {
        var embeds = DigestEmbedRenderer.Render(Fakes.TestDigests.Plain());

        var embed = Assert.Single(embeds);
        Assert.Equal(["Source", "By", "Published", "Reading time"], embed.Fields!.Select(f => f.Name));
        Assert.Equal("4 min", embed.Fields![3].Value);
        Assert.Equal("offline summarizer", embed.Footer!.Text);
    }

    [Theory]
    [InlineData("“Our own ancestors wouldn’t say this.”", "> “Our own ancestors wouldn’t say this.”\n")]
    [InlineData("Our own ancestors wouldn’t say this.”", "> “Our own ancestors wouldn’t say this.”\n")]
    [InlineData("A verbatim sentence.", "> “A verbatim sentence.”\n")]
    public void A_quote_is_shown_in_one_pair_of_quotation_marks(string quote, string shown)
    {
        var digest = Fakes.TestDigests.Plain() with { Quotes = [new DigestQuote(quote, 2, "https://example.com/post/1#:~:text=x")] };

        var description = Assert.Single(DigestEmbedRenderer.Render(digest)).Description!;

        Assert.Contains(shown, description, StringComparison.Ordinal);
        Assert.DoesNotContain("““", description, StringComparison.Ordinal);
    }
}
