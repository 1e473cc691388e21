using System.Buffers;

namespace Bot.Core.Articles.Fetching;

/// <summary>Reads a (decoded) response body into memory, failing as soon as it passes the limit.</summary>
internal static class LimitedBodyReader
{
    private const int ChunkSize = 64 * 1024;

    public static async Task<byte[]> ReadAsync(HttpContent content, long maxBytes, CancellationToken cancellationToken)
    {
        var declared = content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw FetchErrors.TooLarge(maxBytes);
        }
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var body = new MemoryStream((int)Math.Min(declared ?? ChunkSize, maxBytes));
            var chunk = ArrayPool<byte>.Shared.Rent(ChunkSize);
            try
            {
                int read;
                while ((read = await stream.ReadAsync(chunk.AsMemory(0, ChunkSize), cancellationToken).ConfigureAwait(false)) > 0)
                {
                    if (body.Length + read > maxBytes)
                    {
                        throw FetchErrors.TooLarge(maxBytes);
                    }
                    body.Write(chunk, 0, read);
                }
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(chunk);
            }
            return body.ToArray();
        }
    }
}
