using System.Net;
using System.Net.Sockets;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// Classifies addresses that are not on the public internet: loopback, private, shared, link-local, multicast,
/// reserved and documentation ranges (IANA special-purpose registries), including IPv4 addresses wrapped in
/// IPv6 (mapped, compatible, NAT64, 6to4).
/// </summary>
public static class SpecialAddresses
{
    private static readonly (IPNetwork Network, string Name)[] V4 =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "'this network' (0/8)"),
        (IPNetwork.Parse("10.0.0.0/8"), "private (RFC 1918)"),
        (IPNetwork.Parse("100.64.0.0/10"), "shared CGNAT (100.64/10)"),
        (IPNetwork.Parse("127.0.0.0/8"), "loopback"),
        (IPNetwork.Parse("169.254.0.0/16"), "link-local (169.254/16)"),
        (IPNetwork.Parse("172.16.0.0/12"), "private (RFC 1918)"),
        (IPNetwork.Parse("192.0.0.0/24"), "IETF protocol assignments (192.0.0/24)"),
        (IPNetwork.Parse("192.0.2.0/24"), "documentation (192.0.2/24)"),
        (IPNetwork.Parse("192.88.99.0/24"), "6to4 relay anycast (192.88.99/24)"),
        (IPNetwork.Parse("192.168.0.0/16"), "private (RFC 1918)"),
        (IPNetwork.Parse("198.18.0.0/15"), "benchmarking (198.18/15)"),
        (IPNetwork.Parse("198.51.100.0/24"), "documentation (198.51.100/24)"),
        (IPNetwork.Parse("203.0.113.0/24"), "documentation (203.0.113/24)"),
        (IPNetwork.Parse("224.0.0.0/4"), "multicast"),
        (IPNetwork.Parse("255.255.255.255/32"), "broadcast"),
        (IPNetwork.Parse("240.0.0.0/4"), "reserved (240/4)"),
    ];

    private static readonly (IPNetwork Network, string Name)[] V6 =
    [
        (IPNetwork.Parse("::/128"), "unspecified"),
        (IPNetwork.Parse("::1/128"), "loopback"),
        (IPNetwork.Parse("100::/64"), "discard-only (100::/64)"),
        (IPNetwork.Parse("2001::/23"), "IETF protocol assignments (2001::/23)"),
        (IPNetwork.Parse("2001:db8::/32"), "documentation (2001:db8::/32)"),
        (IPNetwork.Parse("3fff::/20"), "documentation (3fff::/20)"),
        (IPNetwork.Parse("5f00::/16"), "segment routing (5f00::/16)"),
        (IPNetwork.Parse("fc00::/7"), "unique local (fc00::/7)"),
        (IPNetwork.Parse("fe80::/10"), "link-local (fe80::/10)"),
        (IPNetwork.Parse("fec0::/10"), "site-local (fec0::/10)"),
        (IPNetwork.Parse("ff00::/8"), "multicast"),
    ];

    private static readonly IPNetwork Compatible = IPNetwork.Parse("::/96");
    private static readonly IPNetwork Nat64 = IPNetwork.Parse("64:ff9b::/96");
    private static readonly IPNetwork Nat64Local = IPNetwork.Parse("64:ff9b:1::/48");
    private static readonly IPNetwork SixToFour = IPNetwork.Parse("2002::/16");

    /// <summary>Why <paramref name="address"/> is not a public internet address, or null when it is.</summary>
    public static string? Classify(IPAddress address)
    {
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            return Find(V4, address);
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return "not an internet address";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return Wrapped("IPv4-mapped", address.MapToIPv4());
        }
        if (Find(V6, address) is { } special)
        {
            return special;
        }
        if (Compatible.Contains(address))
        {
            return Wrapped("IPv4-compatible", LastFourBytes(address));
        }
        if (Nat64.Contains(address))
        {
            return Wrapped("NAT64", LastFourBytes(address));
        }
        if (Nat64Local.Contains(address))
        {
            return "local-use NAT64 (64:ff9b:1::/48)";
        }
        if (SixToFour.Contains(address))
        {
            var bytes = address.GetAddressBytes();
            return Wrapped("6to4", new IPAddress(bytes.AsSpan(2, 4)));
        }
        return null;
    }

    private static string? Wrapped(string form, IPAddress inner) =>
        Find(V4, inner) is { } reason ? $"{reason}, in {form} form" : null;

    private static IPAddress LastFourBytes(IPAddress v6) => new(v6.GetAddressBytes().AsSpan(12, 4));

    private static string? Find((IPNetwork Network, string Name)[] table, IPAddress address)
    {
        foreach (var (network, name) in table)
        {
            if (network.Contains(address))
            {
                return name;
            }
        }
        return null;
    }
}
