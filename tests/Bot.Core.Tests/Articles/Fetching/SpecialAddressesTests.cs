using System.Net;
using Bot.Core.Articles.Fetching;

namespace Bot.Core.Tests.Articles.Fetching;

public sealed class SpecialAddressesTests
{
    [Theory]
    [InlineData("0.1.2.3")]
    [InlineData("10.255.0.1")]
    [InlineData("100.127.255.254")]
    [InlineData("127.8.8.8")]
    [InlineData("169.254.169.254")]
    [InlineData("172.31.0.1")]
    [InlineData("192.0.0.8")]
    [InlineData("192.0.2.1")]
    [InlineData("192.168.0.1")]
    [InlineData("198.19.1.1")]
    [InlineData("198.51.100.7")]
    [InlineData("203.0.113.9")]
    [InlineData("239.1.1.1")]
    [InlineData("250.0.0.1")]
    [InlineData("255.255.255.255")]
    [InlineData("::")]
    [InlineData("::1")]
    [InlineData("fc12::1")]
    [InlineData("fe80::abcd")]
    [InlineData("ff05::2")]
    [InlineData("2001:db8:1::1")]
    [InlineData("::ffff:10.0.0.1")]
    [InlineData("::192.168.1.1")]
    [InlineData("64:ff9b::a9fe:a9fe")]
    [InlineData("2002:c0a8:0101::1")]
    public void Non_public_addresses_are_classified(string address) =>
        Assert.NotNull(SpecialAddresses.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("8.8.8.8")]
    [InlineData("93.184.216.34")]
    [InlineData("100.128.0.1")]
    [InlineData("172.32.0.1")]
    [InlineData("2606:4700:4700::1111")]
    [InlineData("::ffff:8.8.8.8")]
    [InlineData("64:ff9b::808:808")]
    public void Public_addresses_pass(string address) =>
        Assert.Null(SpecialAddresses.Classify(IPAddress.Parse(address)));

    [Theory]
    [InlineData("2130706433", "127.0.0.1")]
    [InlineData("0177.0.0.1", "127.0.0.1")]
    [InlineData("0x7f.1", "127.0.0.1")]
    [InlineData("127.1", "127.0.0.1")]
    [InlineData("0x7f000001", "127.0.0.1")]
    [InlineData("10.1.258", "10.1.1.2")]
    [InlineData("0", "0.0.0.0")]
    [InlineData("1.2.3.4.", "1.2.3.4")]
    public void Odd_ipv4_spellings_are_read_as_resolvers_read_them(string host, string expected)
    {
        Assert.True(HostLiterals.TryParseIPv4(host, out var address));
        Assert.Equal(IPAddress.Parse(expected), address);
    }

    [Theory]
    [InlineData("example.com")]
    [InlineData("1.2.3.4.5")]
    [InlineData("256.1.1.1")]
    [InlineData("08.1.1.1")]
    [InlineData("4294967296")]
    public void Names_and_out_of_range_numbers_are_not_addresses(string host) =>
        Assert.False(HostLiterals.TryParseIPv4(host, out _));
}
