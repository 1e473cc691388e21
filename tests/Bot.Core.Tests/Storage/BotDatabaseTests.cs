using Bot.Core.Articles;
using Bot.Core.Storage;

namespace Bot.Core.Tests.Storage;

public sealed class BotDatabaseTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task First_start_creates_the_folder_the_file_the_schema_and_WAL()
    {
        Assert.False(File.Exists(_db.FilePath));

        await _db.Database.InitializeAsync(CancellationToken.None);

        Assert.True(File.Exists(_db.FilePath));
        Assert.Equal((long)BotDatabase.SchemaVersion, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal("wal", _db.Scalar("PRAGMA journal_mode;"));
        foreach (var table in new[] { "articles", "article_aliases", "summaries", "recent_links", "delivered_events" })
        {
            Assert.Equal(0L, _db.Count(table));
        }
    }

    [Fact]
    public async Task An_empty_existing_file_is_migrated_to_the_current_version()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.FilePath)!);
        await File.WriteAllBytesAsync(_db.FilePath, []);

        await _db.Database.InitializeAsync(CancellationToken.None);

        Assert.Equal((long)BotDatabase.SchemaVersion, _db.Scalar("PRAGMA user_version;"));
        Assert.Equal(0L, _db.Count("delivered_events"));
    }

    [Fact]
    public void Relative_path_is_resolved_against_the_current_directory()
    {
        var options = Microsoft.Extensions.Options.Options.Create(new StorageOptions { DatabasePath = Path.Combine("data", "bot.db") });

        var database = new BotDatabase(options, Microsoft.Extensions.Logging.Abstractions.NullLogger<BotDatabase>.Instance);

        Assert.Equal(Path.Combine(Directory.GetCurrentDirectory(), "data", "bot.db"), database.FilePath);
    }

    [Fact]
    public async Task Reopening_the_file_keeps_the_data_and_does_not_migrate_again()
    {
        await _db.Articles().PutAsync("https://example.org/a", new Article("https://example.org/a", "Kept", ["p"]), CancellationToken.None);
        Assert.True(await _db.Events().TryRecordAsync("slack", "E1", CancellationToken.None));

        _db.Reopen();
        await _db.Database.InitializeAsync(CancellationToken.None);

        Assert.Equal("Kept", (await _db.Articles().GetAsync("https://example.org/a", CancellationToken.None))?.Title);
        Assert.False(await _db.Events().TryRecordAsync("slack", "E1", CancellationToken.None));
        Assert.Equal((long)BotDatabase.SchemaVersion, _db.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task A_file_that_is_not_SQLite_gives_a_clear_error_naming_the_path()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.FilePath)!);
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        await File.WriteAllBytesAsync(_db.FilePath, garbage);

        var error = await Assert.ThrowsAsync<StorageException>(() => _db.Database.InitializeAsync(CancellationToken.None));

        Assert.StartsWith($"Storage:DatabasePath '{_db.FilePath}' is not a SQLite database (file is corrupt?).", error.Message);
        Assert.Equal(_db.FilePath, error.DatabasePath);
        Assert.Equal(garbage, await File.ReadAllBytesAsync(_db.FilePath));
    }

    [Fact]
    public async Task A_text_file_gives_the_same_clear_error_through_any_store()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.FilePath)!);
        await File.WriteAllTextAsync(_db.FilePath, "this is a note, not a database\n");

        var error = await Assert.ThrowsAsync<StorageException>(
            () => _db.Events().TryRecordAsync("discord", "1", CancellationToken.None));

        Assert.Contains("is not a SQLite database", error.Message);
    }

    [Fact]
    public async Task A_path_that_cannot_be_created_gives_a_clear_error_naming_the_path()
    {
        // A regular file where the folder should be: fails for every user, root included.
        Directory.CreateDirectory(_db.Folder);
        var blocker = Path.Combine(_db.Folder, "not-a-folder");
        await File.WriteAllTextAsync(blocker, "x");
        var db = new TempDatabase(o => o.DatabasePath = Path.Combine(blocker, "bot.db"));

        var error = await Assert.ThrowsAsync<StorageException>(() => db.Database.InitializeAsync(CancellationToken.None));

        Assert.StartsWith($"Storage:DatabasePath '{Path.Combine(blocker, "bot.db")}' cannot be created or written", error.Message);
        Assert.Contains("set Storage:DatabasePath to a writable location", error.Message);
        db.Dispose();
    }

    [Fact]
    public async Task A_folder_in_place_of_the_file_gives_the_unwritable_error()
    {
        Directory.CreateDirectory(_db.FilePath);

        var error = await Assert.ThrowsAsync<StorageException>(() => _db.Database.InitializeAsync(CancellationToken.None));

        Assert.StartsWith($"Storage:DatabasePath '{_db.FilePath}' cannot be created or written", error.Message);
    }

    [Fact]
    public async Task A_file_from_a_newer_build_is_refused_and_left_alone()
    {
        await _db.Database.InitializeAsync(CancellationToken.None);
        _db.Scalar($"PRAGMA user_version = {BotDatabase.SchemaVersion + 1};");
        _db.Reopen();

        var error = await Assert.ThrowsAsync<StorageException>(() => _db.Database.InitializeAsync(CancellationToken.None));

        Assert.Contains($"has schema version {BotDatabase.SchemaVersion + 1}, newer than this build knows", error.Message);
        Assert.Equal((long)BotDatabase.SchemaVersion + 1, _db.Scalar("PRAGMA user_version;"));
    }

    [Fact]
    public async Task Concurrent_first_use_initializes_once()
    {
        var events = _db.Events();
        var results = await Task.WhenAll(Enumerable.Range(0, 20)
            .Select(i => Task.Run(() => events.TryRecordAsync("console", $"e{i}", CancellationToken.None))));

        Assert.All(results, Assert.True);
        Assert.Equal(20L, _db.Count("delivered_events"));
    }
}
