using System.Buffers;
using System.Text;

namespace Wsis.Search;

/// <summary>The little of CBOR (RFC 8949) that Pagefind's index files use: definite arrays, integers and text, shortest form, as minicbor writes them.</summary>
/// <param name="capacity">The bytes expected, so that the buffer need not grow.</param>
public sealed class Cbor(int capacity = 4096)
{
    private readonly ArrayBufferWriter<byte> _bytes = new(capacity);

    public ReadOnlySpan<byte> Bytes => _bytes.WrittenSpan;

    public Cbor Array(int count) => Head(4, (ulong)count);

    public Cbor Int(long value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));

    public Cbor Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Head(3, (ulong)length);
        Encoding.UTF8.GetBytes(value, _bytes.GetSpan(length));
        _bytes.Advance(length);
        return this;
    }

    private Cbor Head(byte major, ulong value)
    {
        var span = _bytes.GetSpan(9);
        var type = (byte)(major << 5);
        var written = value switch
        {
            < 24 => Put(span, (byte)(type | value), 0, 0),
            <= byte.MaxValue => Put(span, (byte)(type | 24), value, 1),
            <= ushort.MaxValue => Put(span, (byte)(type | 25), value, 2),
            <= uint.MaxValue => Put(span, (byte)(type | 26), value, 4),
            _ => Put(span, (byte)(type | 27), value, 8),
        };
        _bytes.Advance(written);
        return this;
    }

    private static int Put(Span<byte> span, byte first, ulong value, int size)
    {
        span[0] = first;
        for (var i = 0; i < size; i++) span[size - i] = (byte)(value >> (8 * i));
        return size + 1;
    }
}
