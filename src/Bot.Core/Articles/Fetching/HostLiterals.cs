using System.Globalization;
using System.Net;

namespace Bot.Core.Articles.Fetching;

/// <summary>
/// Recognises the many spellings resolvers accept for an IPv4 address (<c>2130706433</c>, <c>0177.0.0.1</c>,
/// <c>0x7f.1</c>, <c>127.1</c>) and the names that always mean this machine, so they are refused by what they
/// are, not by what a resolver later makes of them.
/// </summary>
public static class HostLiterals
{
    /// <summary>Parses <paramref name="host"/> the way inet_aton does: 1 to 4 parts, each decimal, octal (leading 0)
    /// or hex (0x); the last part fills the remaining bytes.</summary>
    public static bool TryParseIPv4(string host, out IPAddress address)
    {
        address = IPAddress.None;
        var parts = host.TrimEnd('.').Split('.');
        if (parts.Length is < 1 or > 4)
        {
            return false;
        }
        var values = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParsePart(parts[i], out values[i]))
            {
                return false;
            }
        }
        ulong result = 0;
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (values[i] > 255)
            {
                return false;
            }
            result |= values[i] << (24 - 8 * i);
        }
        var last = values[^1];
        var lastBits = 8 * (4 - (parts.Length - 1));
        if (last >= 1UL << lastBits)
        {
            return false;
        }
        result |= last;
        address = new IPAddress([(byte)(result >> 24), (byte)(result >> 16), (byte)(result >> 8), (byte)result]);
        return true;
    }

    /// <summary>True for <c>localhost</c>, any <c>*.localhost</c> (RFC 6761) and common loopback aliases,
    /// with or without trailing dots.</summary>
    public static bool IsLocalhostName(string host)
    {
        var name = host.TrimEnd('.').ToLowerInvariant();
        return name is "localhost" or "localhost.localdomain" or "ip6-localhost" or "ip6-loopback"
            || name.EndsWith(".localhost", StringComparison.Ordinal);
    }

    private static bool TryParsePart(string part, out ulong value)
    {
        value = 0;
        if (part.Length == 0 || part.Length > 12)
        {
            return false;
        }
        if (part.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
        {
            return part.Length == 2 || ulong.TryParse(part.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out value);
        }
        if (part.Length > 1 && part[0] == '0')
        {
            foreach (var c in part)
            {
                if (c is < '0' or > '7')
                {
                    return false;
                }
                value = value * 8 + (ulong)(c - '0');
            }
            return true;
        }
        return part.All(char.IsAsciiDigit) && ulong.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
