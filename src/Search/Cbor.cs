using System.Runtime.CompilerServices;
using System.Text;

namespace Wsis.Search;

/// <summary>The little of CBOR (RFC 8949) that Pagefind's index files use: definite arrays, integers and text, shortest form, as minicbor writes them.</summary>
/// <param name="capacity">The bytes expected, so that the buffer need not grow.</param>
/// <remarks>
/// A plain array and its length rather than an <see cref="System.Buffers.ArrayBufferWriter{T}"/>: a word chunk is
/// hundreds of thousands of small integers, and asking the writer for a span for each one was most of their cost.
/// </remarks>
public sealed class Cbor(int capacity = 4096)
{
    private byte[] _bytes = new byte[Math.Max(capacity, 16)];
    private int _length;

    public ReadOnlySpan<byte> Bytes => _bytes.AsSpan(0, _length);

    public Cbor Array(int count) => Head(4, (ulong)count);

    public Cbor Int(long value) => value >= 0 ? Head(0, (ulong)value) : Head(1, (ulong)(-1 - value));

    public Cbor Text(string value)
    {
        var length = Encoding.UTF8.GetByteCount(value);
        Head(3, (ulong)length);
        Room(length);
        _length += Encoding.UTF8.GetBytes(value, _bytes.AsSpan(_length));
        return this;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Cbor Head(byte major, ulong value)
    {
        // Most heads are one byte: a small count or a position's distance from the one before.
        if (value < 24 && _length < _bytes.Length)
        {
            _bytes[_length++] = (byte)((major << 5) | (int)value);
            return this;
        }
        return LongHead(major, value);
    }

    private Cbor LongHead(byte major, ulong value)
    {
        Room(9);
        var type = (byte)(major << 5);
        var (first, size) = value switch
        {
            < 24 => ((byte)(type | value), 0),
            <= byte.MaxValue => ((byte)(type | 24), 1),
            <= ushort.MaxValue => ((byte)(type | 25), 2),
            <= uint.MaxValue => ((byte)(type | 26), 4),
            _ => ((byte)(type | 27), 8),
        };
        _bytes[_length] = first;
        for (var i = 0; i < size; i++) _bytes[_length + size - i] = (byte)(value >> (8 * i));
        _length += size + 1;
        return this;
    }

    private void Room(int bytes)
    {
        if (_length + bytes > _bytes.Length) System.Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _length + bytes));
    }
}
