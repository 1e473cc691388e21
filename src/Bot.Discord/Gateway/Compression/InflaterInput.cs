namespace Bot.Discord.Gateway.Compression;

/// <summary>
/// The read side the inflater pulls compressed bytes from: it hands out what was fed and then reports "nothing more
/// for now" (0), so one decompressor can live across many gateway messages.
/// </summary>
internal sealed class InflaterInput : Stream
{
    private ReadOnlyMemory<byte> _pending;

    public bool IsDrained => _pending.IsEmpty;

    public void Feed(ReadOnlyMemory<byte> compressed) => _pending = compressed;

    public override int Read(Span<byte> buffer)
    {
        var count = Math.Min(buffer.Length, _pending.Length);
        _pending.Span[..count].CopyTo(buffer);
        _pending = _pending[count..];
        return count;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
