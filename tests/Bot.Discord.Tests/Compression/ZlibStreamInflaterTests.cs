using System.Text;
using Bot.Discord.Gateway.Compression;
using Bot.Testing.Discord;

namespace Bot.Discord.Tests.Compression;

public sealed class ZlibStreamInflaterTests
{
    [Fact]
    public void One_context_decodes_consecutive_payloads_each_ending_with_the_flush_suffix()
    {
        using var deflater = new ZlibStreamDeflater();
        using var inflater = new ZlibStreamInflater();
        var payloads = Enumerable.Range(1, 5).Select(i => $$$"""{"op":0,"s":{{{i}}},"t":"MESSAGE_CREATE","d":{"content":"{{{new string('x', i * 300)}}}"}}""").ToList();

        foreach (var payload in payloads)
        {
            var compressed = deflater.Compress(Encoding.UTF8.GetBytes(payload));
            Assert.Equal([0x00, 0x00, 0xff, 0xff], compressed[^4..]);
            var decoded = inflater.Push(compressed);
            Assert.Equal(payload, Encoding.UTF8.GetString(decoded!.Value.Span));
        }
    }

    [Fact]
    public void A_payload_split_over_several_messages_is_decoded_once_the_suffix_arrives()
    {
        using var deflater = new ZlibStreamDeflater();
        using var inflater = new ZlibStreamInflater();
        var payload = string.Join(",", Enumerable.Range(0, 2000).Select(i => $"\"item {i} {i * 7919 % 1000}\""));
        var compressed = deflater.Compress(Encoding.UTF8.GetBytes($"[{payload}]"));
        var third = compressed.Length / 3;

        Assert.Null(inflater.Push(compressed.AsSpan(0, third)));
        Assert.Null(inflater.Push(compressed.AsSpan(third, third)));
        var decoded = inflater.Push(compressed.AsSpan(2 * third));

        Assert.Equal($"[{payload}]", Encoding.UTF8.GetString(decoded!.Value.Span));
    }

    [Fact]
    public void Bytes_that_are_not_zlib_are_an_error_not_a_silent_empty_payload()
    {
        using var inflater = new ZlibStreamInflater();
        Assert.ThrowsAny<InvalidDataException>(() => inflater.Push([0x12, 0x34, 0x56, 0x00, 0x00, 0xff, 0xff]));
    }
}
