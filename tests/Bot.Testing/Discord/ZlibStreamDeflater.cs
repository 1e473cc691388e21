using System.IO.Compression;

namespace Bot.Testing.Discord;

/// <summary>
/// The sending side of Discord's <c>zlib-stream</c> transport: one deflate context for the whole connection,
/// each payload compressed and ended with a sync flush, so it ends with <c>00 00 ff ff</c>.
/// </summary>
public sealed class ZlibStreamDeflater : IDisposable
{
    private readonly MemoryStream _output = new();
    private readonly ZLibStream _zlib;

    public ZlibStreamDeflater(CompressionLevel level = CompressionLevel.Optimal) =>
        _zlib = new ZLibStream(_output, level, leaveOpen: true);

    public byte[] Compress(ReadOnlySpan<byte> payload)
    {
        _output.SetLength(0);
        _zlib.Write(payload);
        _zlib.Flush();
        return _output.ToArray();
    }

    public void Dispose()
    {
        _zlib.Dispose();
        _output.Dispose();
    }
}
