using System.Diagnostics;
using Bot.Core.Articles;
using Bot.Core.Articles.Extraction;
using Bot.Core.Articles.Fetching;
using Bot.Core.Articles.Reading;
using Bot.Core.Tests.Articles.Reading;
using Bot.Testing.Pages;

namespace Bot.Core.Tests.Articles.Extraction;

/// <summary>Pages built to be hard to parse are each answered: with their text, or a clear error. (Their timing and
/// memory are measured by <c>bench -- hostile</c>.)</summary>
public sealed class HostilePageTests
{
    private readonly ArticleReader reader = new(new ArticleExtractor(), TestDeadline.Default);

    public static TheoryData<string> Names() => [.. HostilePages.All.Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Names))]
    public void Each_hostile_page_gives_its_text(string name)
    {
        var page = new FetchedPage(new Uri("https://example.org/" + name), MediaTypes.Html, null, HostilePages.Get(name).Build());

        var article = reader.Read(page, allowThin: true);

        Assert.Contains(HostilePages.Marker, article.Text);
    }

    [Fact]
    public void A_lying_charset_does_not_turn_the_text_into_nonsense()
    {
        var page = new FetchedPage(new Uri("https://example.org/lie"), MediaTypes.Html, null, HostilePages.Get("lying-meta-charset").Build());

        var article = reader.Read(page);

        Assert.Contains("Café crème", article.Text);
    }

    [Fact]
    public void A_cancelled_token_stops_the_read_in_the_middle_of_parsing()
    {
        var html = System.Text.Encoding.UTF8.GetString(HostilePages.Get("unclosed-a").Build());
        var extractor = new ArticleExtractor();
        using var cancel = new CancellationTokenSource();
        var clock = Stopwatch.StartNew();
        cancel.CancelAfter(TimeSpan.FromMilliseconds(30));

        // Read until the cancellation lands; one read of this page takes far longer than 30 ms.
        void ReadUntilCancelled()
        {
            while (true)
            {
                extractor.Extract(html, null, cancel.Token);
            }
        }

        Assert.ThrowsAny<OperationCanceledException>(ReadUntilCancelled);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
    }
}
