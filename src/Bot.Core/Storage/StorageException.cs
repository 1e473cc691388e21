namespace Bot.Core.Storage;

/// <summary>The database file cannot be used; the message names the path and what to do about it.</summary>
public sealed class StorageException : Exception
{
    public StorageException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    public string? DatabasePath { get; init; }

    internal static StorageException NotADatabase(string path, Exception cause) =>
        new($"Storage:DatabasePath '{path}' is not a SQLite database (file is corrupt?). "
            + "Move or delete the file so a new one is created, or set Storage:DatabasePath to another file.", cause)
        { DatabasePath = path };

    internal static StorageException Unwritable(string path, Exception cause) =>
        new($"Storage:DatabasePath '{path}' cannot be created or written ({Reason(cause)}). "
            + "Make its folder writable, or set Storage:DatabasePath to a writable location.", cause)
        { DatabasePath = path };

    internal static StorageException TooNew(string path, int fileVersion, int knownVersion) =>
        new($"Storage:DatabasePath '{path}' has schema version {fileVersion}, newer than this build knows ({knownVersion}). "
            + "Run a newer build, or set Storage:DatabasePath to another file.")
        { DatabasePath = path };

    internal static StorageException Unusable(string path, Exception cause) =>
        new($"Storage:DatabasePath '{path}' could not be opened ({Reason(cause)}). "
            + "Check the file, or set Storage:DatabasePath to another file.", cause)
        { DatabasePath = path };

    private static string Reason(Exception cause) => cause.Message.TrimEnd('.');
}
