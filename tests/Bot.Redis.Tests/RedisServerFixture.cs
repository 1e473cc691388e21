using Bot.Testing.Redis;

namespace Bot.Redis.Tests;

/// <summary>One Redis-protocol server for the whole test assembly (Garnet, or the external one CI names).</summary>
public sealed class RedisServerFixture : IDisposable
{
    public TestRedisServer Server { get; } = TestRedisServer.Start();

    public void Dispose() => Server.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServerFixture>
{
    public const string Name = "redis server";
}
