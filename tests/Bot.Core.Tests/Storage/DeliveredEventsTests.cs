namespace Bot.Core.Tests.Storage;

public sealed class DeliveredEventsTests : IDisposable
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task First_record_wins_and_the_repeat_is_refused()
    {
        var events = _db.Events();

        Assert.True(await events.TryRecordAsync("discord", "123", None));
        Assert.False(await events.TryRecordAsync("discord", "123", None));
        Assert.True(await events.TryRecordAsync("slack", "123", None));
        Assert.True(await events.TryRecordAsync("discord", "124", None));
    }

    [Fact]
    public async Task Fifty_concurrent_deliveries_of_one_event_are_recorded_once()
    {
        var events = _db.Events();
        await _db.Database.InitializeAsync(None);
        using var start = new ManualResetEventSlim();

        var attempts = Enumerable.Range(0, 50)
            .Select(_ => Task.Run(async () =>
            {
                start.Wait(TimeSpan.FromSeconds(10));
                return await events.TryRecordAsync("slack", "Ev0123", None);
            }))
            .ToArray();
        start.Set();
        var results = await Task.WhenAll(attempts);

        Assert.Single(results, r => r);
        Assert.Equal(1L, _db.Count("delivered_events"));
    }

    [Fact]
    public async Task After_the_retention_and_pruning_an_id_can_be_recorded_again()
    {
        var events = _db.Events();
        await events.TryRecordAsync("discord", "9", None);

        _db.Time.Advance(_db.Options.EventRetention);
        await _db.Pruner().PruneAsync(None);

        Assert.True(await events.TryRecordAsync("discord", "9", None));
    }
}
