using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Logging;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// The <see cref="SocketsHttpHandler.ConnectCallback"/> of the fetch client: resolves the host itself and connects
/// only to addresses the <see cref="NetworkAddressPolicy"/> allows, so a name that resolves (or re-resolves,
/// DNS rebinding) to a private address is refused on the address actually connected.
/// </summary>
public sealed class GuardedConnector(NetworkAddressPolicy policy, IHostResolver resolver, ILogger<GuardedConnector> logger)
{
    public async ValueTask<Stream> ConnectAsync(SocketsHttpConnectionContext context, CancellationToken cancellationToken)
    {
        var host = context.DnsEndPoint.Host.Trim('[', ']');
        var port = context.DnsEndPoint.Port;
        var addresses = IPAddress.TryParse(host, out var literal)
            ? [literal]
            : await resolver.ResolveAsync(host, cancellationToken).ConfigureAwait(false);

        var allowed = new List<IPAddress>(addresses.Length);
        string? refusal = null;
        foreach (var address in addresses)
        {
            if (policy.CheckAddress(host, address) is { } reason)
            {
                refusal ??= reason;
                logger.LogInformation("Refused {Host} at {Address}: {Reason}", host, address, reason);
            }
            else
            {
                allowed.Add(address);
            }
        }
        if (allowed.Count == 0)
        {
            throw refusal is null
                ? new SocketException((int)SocketError.HostNotFound)
                : new BlockedAddressException(host, refusal);
        }

        Exception? last = null;
        foreach (var address in allowed)
        {
            var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, port), cancellationToken).ConfigureAwait(false);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch (SocketException ex)
            {
                socket.Dispose();
                last = ex;
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        }
        throw last!;
    }
}
