using Bot.Core.Chat;
using Bot.Core.Storage;
using Bot.Redis.Connection;
using Bot.Testing.Redis;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Bot.Redis.Tests;

/// <summary>A server that is down, goes down, comes back, or refuses us: the store degrades, never fails a reply.</summary>
public sealed class RedisTroubleTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private readonly List<StoreHost> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
    }

    private async Task<StoreHost> InstanceAsync(string configuration)
    {
        var host = await StoreHost.StartAsync(StorageOptions.Redis, new Dictionary<string, string?>
        {
            ["Storage:Redis"] = configuration,
            ["Storage:KeyPrefix"] = "trouble:",
            ["Chat:UserRequestsPerMinute"] = "2",
        });
        _hosts.Add(host);
        return host;
    }

    [Fact]
    public async Task With_the_server_down_at_start_the_store_answers_from_memory_and_warns_once()
    {
        using var server = TestRedisServer.StartGarnet();
        var endpoint = server.ConfigurationString;
        server.Stop();

        var host = await InstanceAsync(endpoint + ",connectTimeout=500");
        var conversation = new Conversation("slack", "C1");

        Assert.Null(await host.Articles.GetAsync("https://a.example/1", None));
        await host.Articles.PutAsync("https://a.example/1", StoreContractTests.Sample("https://a.example/1", null), None);
        Assert.Null(await host.Articles.GetAsync("https://a.example/1", None));
        Assert.True(await host.Events.TryRecordAsync("slack", "Ev1", None));
        Assert.False(await host.Events.TryRecordAsync("slack", "Ev1", None));
        Assert.True((await host.RateLimiter.AdmitAsync(conversation, "U1", None)).Admitted);
        Assert.True((await host.RateLimiter.AdmitAsync(conversation, "U1", None)).Admitted);
        Assert.False((await host.RateLimiter.AdmitAsync(conversation, "U1", None)).Admitted);
        await using (await host.Locks.WaitTurnAsync("work", None).WaitAsync(TimeSpan.FromSeconds(2)))
        {
        }

        var warnings = host.Logs.Entries.Where(e => e.Level >= LogLevel.Warning).ToList();
        var warning = Assert.Single(warnings);
        Assert.Contains("unreachable", warning.Message);
        Assert.Contains(server.Endpoint, warning.Message);
    }

    [Fact]
    public async Task After_a_crash_and_a_restart_the_instance_reconnects_by_itself()
    {
        using var server = TestRedisServer.StartGarnet();
        var host = await InstanceAsync(server.ConfigurationString);
        var connection = host.Get<RedisConnection>();
        Assert.True(await host.Events.TryRecordAsync("slack", "Ev1", None));

        server.Stop();
        // Replies go on: a redelivery is still caught, now by this instance's memory.
        Assert.True(await host.Events.TryRecordAsync("slack", "Ev2", None));
        Assert.False(await host.Events.TryRecordAsync("slack", "Ev2", None));
        Assert.False(connection.IsConnected);
        Assert.NotNull(connection.LastFailure);

        server.Restart();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!connection.IsConnected && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.True(connection.IsConnected);
        Assert.True(await host.Events.TryRecordAsync("slack", "Ev3", None));
        Assert.False(await host.Events.TryRecordAsync("slack", "Ev3", None));
        Assert.Contains(host.Logs.Entries, e => e.Message.Contains("reachable again"));
    }

    [Fact]
    public async Task A_wrong_password_stops_the_start_with_one_line_naming_the_key()
    {
        using var server = TestRedisServer.StartGarnet(password: "right-one");

        var error = await Assert.ThrowsAsync<StorageException>(() => InstanceAsync($"{server.Endpoint},password=wrong-one"));

        Assert.StartsWith("Storage:Redis: ", error.Message);
        Assert.Contains("refused the credentials", error.Message);
        Assert.DoesNotContain("wrong-one", error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Theory]
    [InlineData("localhost:6379,pasword=x", "not a valid configuration string")]
    [InlineData("", "Storage:Redis is empty")]
    public async Task A_bad_configuration_string_is_a_configuration_error(string configuration, string expected)
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => InstanceAsync(configuration));

        Assert.Contains(expected, error.Message);
    }
}
