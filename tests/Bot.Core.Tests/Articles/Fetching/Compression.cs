using System.IO.Compression;

namespace Bot.Core.Tests.Articles.Fetching;

internal static class Compression
{
    public static byte[] Gzip(byte[] data) => Compress("gzip", data);

    public static byte[] Compress(string encoding, byte[] data)
    {
        using var output = new MemoryStream();
        using (Stream compressor = encoding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.SmallestSize),
            "deflate" => new ZLibStream(output, CompressionLevel.SmallestSize),
            "br" => new BrotliStream(output, CompressionLevel.SmallestSize),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        })
        {
            compressor.Write(data);
        }
        return output.ToArray();
    }
}
