using System.Net;
using System.Net.Sockets;
using Bot.Core.Articles.Fetching;

namespace Bot.Core.Tests.Articles.Fetching;

/// <summary>Resolves names from a table, so tests can point names at loopback without DNS.</summary>
internal sealed class FakeResolver(Dictionary<string, IPAddress[]> table) : IHostResolver
{
    public int Calls;

    public Task<IPAddress[]> ResolveAsync(string host, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref Calls);
        return table.TryGetValue(host, out var addresses)
            ? Task.FromResult(addresses)
            : Task.FromException<IPAddress[]>(new SocketException((int)SocketError.HostNotFound));
    }
}
