using System.Buffers;
using System.IO.Compression;

namespace Bot.Discord.Gateway.Compression;

/// <summary>
/// Decodes Discord's <c>zlib-stream</c> transport: one zlib context for the whole connection; a payload is complete
/// when the bytes received so far end with the sync-flush suffix <c>00 00 ff ff</c>, which may take several messages.
/// </summary>
internal sealed class ZlibStreamInflater : IDisposable
{
    private const int MaxPayloadBytes = 16 * 1024 * 1024;
    private static ReadOnlySpan<byte> FlushSuffix => [0x00, 0x00, 0xff, 0xff];

    private readonly ArrayBufferWriter<byte> _compressed = new(16 * 1024);
    private readonly ArrayBufferWriter<byte> _inflated = new(64 * 1024);
    private readonly InflaterInput _input = new();
    private readonly ZLibStream _zlib;

    public ZlibStreamInflater() => _zlib = new ZLibStream(_input, CompressionMode.Decompress, leaveOpen: true);

    /// <summary>Adds one received message; returns the JSON payload once it is complete, else null.</summary>
    public ReadOnlyMemory<byte>? Push(ReadOnlySpan<byte> chunk)
    {
        _compressed.Write(chunk);
        if (_compressed.WrittenCount > MaxPayloadBytes)
            throw new InvalidDataException("Compressed gateway payload too large.");
        if (!_compressed.WrittenSpan.EndsWith(FlushSuffix))
            return null;

        _input.Feed(_compressed.WrittenMemory);
        _inflated.ResetWrittenCount();
        int read;
        while ((read = _zlib.Read(_inflated.GetSpan(16 * 1024))) > 0)
        {
            _inflated.Advance(read);
            if (_inflated.WrittenCount > MaxPayloadBytes)
                throw new InvalidDataException("Gateway payload too large.");
        }
        if (!_input.IsDrained)
            throw new InvalidDataException("The zlib stream stopped before the end of the payload.");
        _compressed.ResetWrittenCount();
        return _inflated.WrittenMemory;
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _input.Dispose();
    }
}
