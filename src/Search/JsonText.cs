using System.Buffers;
using System.Globalization;
using System.Text;

namespace Wsis.Search;

/// <summary>
/// JSON as Pagefind's serde writes it (only quotes, backslashes and control characters escaped), made straight in UTF-8
/// in a pooled buffer: a page's fragment built as a string, then encoded, was two more copies of its text (docs/speed.md).
/// </summary>
internal sealed class JsonText(int capacity) : IDisposable
{
    private byte[] _bytes = ArrayPool<byte>.Shared.Rent(capacity);
    private int _length;

    public ReadOnlySpan<byte> Utf8 => _bytes.AsSpan(0, _length);

    /// <summary>Punctuation and names, written as they are.</summary>
    public JsonText Raw(ReadOnlySpan<byte> ascii)
    {
        Ensure(ascii.Length);
        ascii.CopyTo(_bytes.AsSpan(_length));
        _length += ascii.Length;
        return this;
    }

    /// <summary>Text written as it is (no escaping): only for text already JSON, such as Pagefind's own list of characters.</summary>
    public JsonText Raw(ReadOnlySpan<char> text)
    {
        Ensure(Encoding.UTF8.GetMaxByteCount(text.Length));
        _length += Encoding.UTF8.GetBytes(text, _bytes.AsSpan(_length));
        return this;
    }

    public JsonText Number(int value)
    {
        Ensure(11);
        value.TryFormat(_bytes.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>A JSON string; the runs that need no escape (nearly all of a page's text) are encoded whole.</summary>
    public JsonText String(ReadOnlySpan<char> text)
    {
        Raw("\""u8);
        for (var at = text.IndexOfAny(Escaped); at >= 0; at = text.IndexOfAny(Escaped))
        {
            Raw(text[..at]);
            var c = text[at];
            text = text[(at + 1)..];
            switch (c)
            {
                case '"': Raw("\\\""u8); break;
                case '\\': Raw("\\\\"u8); break;
                case '\n': Raw("\\n"u8); break;
                case '\r': Raw("\\r"u8); break;
                case '\t': Raw("\\t"u8); break;
                case '\b': Raw("\\b"u8); break;
                case '\f': Raw("\\f"u8); break;
                default: Raw($"\\u{(int)c:x4}"); break;
            }
        }
        return Raw(text).Raw("\""u8);
    }

    private static readonly SearchValues<char> Escaped = SearchValues.Create([.. Enumerable.Range(0, ' ').Select(c => (char)c), '"', '\\']);

    private void Ensure(int more)
    {
        if (_length + more <= _bytes.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(_bytes.Length * 2, _length + more));
        Utf8.CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = larger;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_bytes);
        _bytes = [];
        _length = 0;
    }
}
