namespace Bot.Core.Storage;

/// <summary>A store's check before the bot starts (a file to open, a server to reach); throws
/// <see cref="StorageException"/> with one line saying what to fix when the store cannot be used at all.</summary>
public interface IStorageStartupCheck
{
    Task CheckAsync(CancellationToken cancellationToken);
}
