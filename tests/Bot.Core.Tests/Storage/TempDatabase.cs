using Bot.Core.Storage;
using Bot.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Bot.Core.Tests.Storage;

/// <summary>A real SQLite file in a fresh temp folder, with the stores built on it and a fake clock.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bot-store-tests", Guid.NewGuid().ToString("N"));

    public TempDatabase(Action<StorageOptions>? configure = null)
    {
        Options = new StorageOptions { DatabasePath = Path.Combine(_folder, "nested", "bot.db") };
        configure?.Invoke(Options);
        Database = Open();
    }

    public StorageOptions Options { get; }

    public FakeTimeProvider Time { get; } = new(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));

    public BotDatabase Database { get; private set; }

    public string Folder => _folder;

    public string FilePath => Database.FilePath;

    public BotDatabase Open() => new(Microsoft.Extensions.Options.Options.Create(Options), NullLogger<BotDatabase>.Instance);

    /// <summary>Drops pooled connections and starts over on the same file, as a restarted process would.</summary>
    public void Reopen()
    {
        SqliteConnection.ClearAllPools();
        Database = Open();
    }

    public SqliteArticleCache Articles() =>
        new(Database, OptionsValue, Time, NullLogger<SqliteArticleCache>.Instance);

    public SqliteSummaryCache Summaries() =>
        new(Database, OptionsValue, Time, NullLogger<SqliteSummaryCache>.Instance);

    public SqliteRecentLinks RecentLinks() => new(Database, OptionsValue, Time);

    public SqliteDeliveredEvents Events() => new(Database, Time);

    public StoragePruner Pruner() => new(Database, OptionsValue, Time, NullLogger<StoragePruner>.Instance);

    /// <summary>A separate, unpooled connection for looking at the file directly.</summary>
    public object? Scalar(string sql)
    {
        using var connection = new SqliteConnection(
            new SqliteConnectionStringBuilder { DataSource = FilePath, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    public long Count(string table) => (long)Scalar($"SELECT count(*) FROM {table};")!;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open must not fail the test; the temp folder is cleaned by the OS.
        }
    }

    private IOptions<StorageOptions> OptionsValue => Microsoft.Extensions.Options.Options.Create(Options);
}
