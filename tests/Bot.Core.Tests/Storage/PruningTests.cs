using Bot.Core.Articles;
using Bot.Core.Storage;
using Bot.Core.Storage.Sqlite;
using Bot.Core.Summaries;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Storage;

public sealed class PruningTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private async Task PutOneOfEach(string id)
    {
        var url = $"https://example.org/{id}";
        await _db.Articles().PutAsync(url + "?from=chat", new Article(url, id, ["p"]), None);
        await _db.Summaries().PutAsync(new SummaryCacheKey(url, SummaryLength.Long, "en", "offline"), new Summary(["b"], "offline", []), None);
        await _db.Events().TryRecordAsync("slack", id, None);
    }

    [Fact]
    public async Task Removes_only_expired_rows_and_the_aliases_of_removed_articles()
    {
        await PutOneOfEach("old");
        _db.Time.Advance(TimeSpan.FromDays(2));
        await PutOneOfEach("new");
        _db.Time.Advance(TimeSpan.FromDays(5) + TimeSpan.FromMinutes(1));

        var result = await _db.Pruner().PruneAsync(None);

        // The old article passed its 24 h; the new one too (5 days). Summaries and events live 7 days: only the old ones go.
        Assert.Equal(new PruneResult(2, 1, 1), result);
        Assert.Equal(0L, _db.Count("articles"));
        Assert.Equal(0L, _db.Count("article_aliases"));
        Assert.Equal("https://example.org/new", _db.Scalar("SELECT article_url FROM summaries;"));
        Assert.Equal("new", _db.Scalar("SELECT event_id FROM delivered_events;"));
    }

    [Fact]
    public async Task Nothing_expired_removes_nothing()
    {
        await PutOneOfEach("fresh");

        Assert.Equal(0, (await _db.Pruner().PruneAsync(None)).Total);
        Assert.Equal(1L, _db.Count("article_aliases"));
    }

    [Fact]
    public async Task The_service_prunes_at_start_and_again_each_interval()
    {
        await PutOneOfEach("a");
        _db.Time.Advance(TimeSpan.FromDays(8));
        using var service = new StoragePruningService(
            _db.Pruner(), Options.Create(_db.Options), _db.Time, NullLogger<StoragePruningService>.Instance);

        await service.StartAsync(None);
        await WaitUntil(() => _db.Count("articles") == 0 && _db.Count("delivered_events") == 0);

        // Only a later tick of the timer can remove what is put after the first round.
        await PutOneOfEach("b");
        Assert.Equal(1L, _db.Count("articles"));
        _db.Time.Advance(TimeSpan.FromDays(8));
        await WaitUntil(() => _db.Count("articles") == 0 && _db.Count("summaries") == 0);

        await service.StopAsync(None);
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!condition())
        {
            await Task.Delay(10, timeout.Token);
        }
    }
}
