using Bot.Core.Chat;
using Bot.Core.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Core.Tests.Storage;

public sealed class StorageRegistrationTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    private IHost BuildHost(params (string Key, string Value)[] settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration
            .AddInMemoryCollection([new("Storage:DatabasePath", _db.FilePath)])
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)));
        builder.Logging.ClearProviders();
        builder.AddSqliteStorage();
        return builder.Build();
    }

    [Fact]
    public async Task Registers_the_four_stores_as_singletons_and_migrates_at_start()
    {
        using var host = BuildHost(("Storage:ArticleTtl", "02:00:00"), ("Storage:RecentLinksPerConversation", "7"));

        await host.StartAsync();

        Assert.True(File.Exists(_db.FilePath));
        Assert.Equal((long)BotDatabase.SchemaVersion, _db.Scalar("PRAGMA user_version;"));
        Assert.Same(host.Services.GetRequiredService<IArticleCache>(), host.Services.GetRequiredService<IArticleCache>());
        Assert.NotNull(host.Services.GetRequiredService<ISummaryCache>());
        Assert.NotNull(host.Services.GetRequiredService<IRecentLinks>());
        var events = host.Services.GetRequiredService<IDeliveredEvents>();
        Assert.True(await events.TryRecordAsync("console", "1", CancellationToken.None));
        Assert.False(await events.TryRecordAsync("console", "1", CancellationToken.None));
        var options = host.Services.GetRequiredService<IOptions<StorageOptions>>().Value;
        Assert.Equal(TimeSpan.FromHours(2), options.ArticleTtl);
        Assert.Equal(7, options.RecentLinksPerConversation);
        Assert.Equal(TimeSpan.FromDays(7), options.SummaryTtl);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_corrupt_file_stops_the_host_at_start_with_the_clear_message()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_db.FilePath)!);
        await File.WriteAllTextAsync(_db.FilePath, new string('#', 5000));
        using var host = BuildHost();

        var error = await Assert.ThrowsAsync<StorageException>(() => host.StartAsync());

        Assert.Contains($"Storage:DatabasePath '{_db.FilePath}' is not a SQLite database", error.Message);
    }

    [Theory]
    [InlineData("Storage:RecentLinksPerConversation", "0", "RecentLinksPerConversation")]
    [InlineData("Storage:ArticleTtl", "00:00:00", "ArticleTtl")]
    [InlineData("Storage:DatabasePath", "", "DatabasePath")]
    public async Task A_bad_value_stops_the_host_naming_the_key(string key, string value, string named)
    {
        using var host = BuildHost((key, value));

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message);
    }
}
