using Bot.Core.Articles;
using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Core.Summaries;

namespace Bot.Core.Tests.Storage;

public sealed class ConcurrentWritersTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new(o => o.RecentLinksPerConversation = 5);

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Many_tasks_writing_and_reading_every_table_never_hit_database_is_locked()
    {
        var articles = _db.Articles();
        var summaries = _db.Summaries();
        var links = _db.RecentLinks();
        var events = _db.Events();
        var pruner = _db.Pruner();
        using var start = new ManualResetEventSlim();

        var workers = Enumerable.Range(0, 40).Select(worker => Task.Run(async () =>
        {
            start.Wait(TimeSpan.FromSeconds(10));
            for (var i = 0; i < 15; i++)
            {
                var url = $"https://example.org/{worker}/{i}";
                await articles.PutAsync(url + "?ref=chat", new Article(url, $"T{worker}.{i}", ["x"]) { CanonicalUrl = url }, None);
                Assert.NotNull(await articles.GetAsync(url + "?ref=chat", None));
                await summaries.PutAsync(new SummaryCacheKey(url, SummaryLength.Short, null, "offline"), new Summary(["b"], "offline", []), None);
                await links.RecordAsync(new Conversation("discord", $"C{worker % 4}", i % 2 == 0 ? null : "T"), url, None);
                Assert.NotNull(await links.GetLatestAsync(new Conversation("discord", $"C{worker % 4}"), None));
                Assert.True(await events.TryRecordAsync("discord", $"{worker}-{i}", None));
                if (i % 5 == 0)
                {
                    await pruner.PruneAsync(None);
                }
            }
        })).ToArray();
        start.Set();
        await Task.WhenAll(workers);

        Assert.Equal(600L, _db.Count("articles"));
        Assert.Equal(600L, _db.Count("article_aliases"));
        Assert.Equal(600L, _db.Count("summaries"));
        Assert.Equal(600L, _db.Count("delivered_events"));
        Assert.Equal(4L * 2 * 5, _db.Count("recent_links"));
    }
}
