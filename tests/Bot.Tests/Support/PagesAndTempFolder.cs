using Bot.Testing.Pages;

namespace Bot.Tests.Support;

/// <summary>What a test of the real host needs around it: the loopback page server and a temp folder for the database.</summary>
public abstract class PagesAndTempFolder : IAsyncLifetime
{
    protected TempDirectory Temp { get; } = new();

    protected PageServer Pages { get; private set; } = null!;

    public async Task InitializeAsync() => Pages = await TestPages.ServeAsync();

    public async Task DisposeAsync()
    {
        await Pages.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Temp.Dispose();
    }
}
