using Bot.Core.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Storage;

/// <summary>The bot's SQLite file: its connection string, and the start-up check that creates or migrates the schema.</summary>
/// <remarks>Every operation opens its own pooled connection, so the stores are safe to use from many handlers at once.</remarks>
public sealed class BotDatabase : IStorageStartupCheck
{
    private const int BusyTimeoutMilliseconds = 10_000;
    private const int SqliteNotADatabase = 26;
    private const int SqliteCorrupt = 11;
    private const int SqliteReadOnly = 8;
    private const int SqliteCantOpen = 14;
    private const int SqliteIoError = 10;
    private const int SqlitePermission = 3;

    private readonly string _connectionString;
    private readonly ILogger<BotDatabase> _logger;
    private readonly SemaphoreSlim _initializeLock = new(1, 1);
    private volatile bool _initialized;

    public BotDatabase(IOptions<StorageOptions> options, ILogger<BotDatabase> logger)
    {
        _logger = logger;
        FilePath = Path.GetFullPath(options.Value.DatabasePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            ForeignKeys = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string FilePath { get; }

    /// <summary>The schema version this build writes (<c>PRAGMA user_version</c>).</summary>
    public static int SchemaVersion => Schema.LatestVersion;

    /// <summary>Creates the folder and the file if needed, turns on WAL, checks the file and brings the schema
    /// up to date. Safe to call more than once; throws <see cref="StorageException"/> naming the path when the
    /// file cannot be used.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (_initialized)
        {
            return;
        }

        await _initializeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_initialized)
            {
                await InitializeFileAsync(cancellationToken).ConfigureAwait(false);
                _initialized = true;
            }
        }
        finally
        {
            _initializeLock.Release();
        }
    }

    Task IStorageStartupCheck.CheckAsync(CancellationToken cancellationToken) => InitializeAsync(cancellationToken);

    /// <summary>An open connection with the per-connection settings applied; initializes the file first if needed.</summary>
    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken).ConfigureAwait(false);
        return await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            connection.Execute($"PRAGMA busy_timeout = {BusyTimeoutMilliseconds};");
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task InitializeFileAsync(CancellationToken cancellationToken)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
            await using var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            var journalMode = connection.Scalar("PRAGMA journal_mode = WAL;") as string;
            if (!string.Equals(journalMode, "wal", StringComparison.OrdinalIgnoreCase))
            {
                _logger.LogWarning("Storage file {Path} stays in journal mode {JournalMode}; WAL is not available there", FilePath, journalMode);
            }

            if (connection.Scalar("PRAGMA quick_check(1);") is not "ok")
            {
                throw new SqliteException("quick_check found damage", SqliteCorrupt);
            }

            var from = Schema.Migrate(connection, FilePath);
            _logger.LogInformation("Storage ready at {Path} (schema version {Version}, was {FromVersion})", FilePath, Schema.LatestVersion, from);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteNotADatabase or SqliteCorrupt)
        {
            throw StorageException.NotADatabase(FilePath, ex);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteReadOnly or SqliteCantOpen or SqliteIoError or SqlitePermission)
        {
            throw StorageException.Unwritable(FilePath, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw StorageException.Unwritable(FilePath, ex);
        }
        catch (SqliteException ex)
        {
            throw StorageException.Unusable(FilePath, ex);
        }
    }
}
