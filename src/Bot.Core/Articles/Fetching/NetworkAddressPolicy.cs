using System.Net;
using Microsoft.Extensions.Options;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// The SSRF rule: which hosts and addresses the fetcher may reach. Non-public addresses are refused unless
/// <see cref="FetchOptions.AllowPrivateNetworks"/> is on, or the host or address is in <see cref="FetchOptions.AllowHosts"/>.
/// </summary>
public sealed class NetworkAddressPolicy
{
    private readonly bool _allowAll;
    private readonly HashSet<string> _names = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<string> _suffixes = [];
    private readonly List<IPNetwork> _networks = [];

    public NetworkAddressPolicy(IOptions<FetchOptions> options)
    {
        _allowAll = options.Value.AllowPrivateNetworks;
        foreach (var raw in options.Value.AllowHosts)
        {
            var entry = raw.Trim();
            if (IPNetwork.TryParse(entry, out var network))
            {
                _networks.Add(network);
            }
            else if (IPAddress.TryParse(entry.Trim('[', ']'), out var address))
            {
                _networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (entry.StartsWith('.'))
            {
                _suffixes.Add(entry.TrimEnd('.').ToLowerInvariant());
            }
            else if (entry.Length > 0)
            {
                _names.Add(entry.TrimEnd('.'));
            }
        }
    }

    /// <summary>Checks a URL's host as written, before any connection: literal addresses in any spelling and
    /// localhost names. Returns why it is refused, or null. Names are checked again on the resolved address.</summary>
    public string? CheckHost(Uri url)
    {
        if (_allowAll)
        {
            return null;
        }
        var host = url.IdnHost.Trim('[', ']');
        if (IsExemptName(host))
        {
            return null;
        }
        if (IPAddress.TryParse(host, out var address) || HostLiterals.TryParseIPv4(host, out address))
        {
            return CheckAddress(host, address);
        }
        return HostLiterals.IsLocalhostName(host) ? "a localhost name" : null;
    }

    /// <summary>Checks the address about to be connected for <paramref name="host"/>. Returns why it is refused, or null.</summary>
    public string? CheckAddress(string host, IPAddress address)
    {
        if (_allowAll)
        {
            return null;
        }
        var reason = SpecialAddresses.Classify(address);
        if (reason is null || IsExemptName(host) || IsExemptAddress(address))
        {
            return null;
        }
        return reason;
    }

    private bool IsExemptName(string host)
    {
        var name = host.TrimEnd('.');
        if (_names.Contains(name))
        {
            return true;
        }
        foreach (var suffix in _suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase) || name.Equals(suffix[1..], StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }
        return false;
    }

    private bool IsExemptAddress(IPAddress address)
    {
        var v4 = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : null;
        foreach (var network in _networks)
        {
            if (network.Contains(address) || (v4 is not null && network.Contains(v4)))
            {
                return true;
            }
        }
        return false;
    }
}
