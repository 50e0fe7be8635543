namespace Wsis.Search;

/// <summary>
/// A page's text while it is read for search: appended to, cut back and cut out of in place.
/// </summary>
/// <remarks>
/// Not a StringBuilder: cutting one back across its chunks allocates a new array of its whole capacity, and the reader
/// cuts back at the end of every ignored element; that was most of the collector's work in reading pages (docs/speed.md).
/// </remarks>
internal sealed class TextBuffer(int capacity)
{
    private char[] _chars = new char[capacity];

    public int Length { get; private set; }

    public int Capacity => _chars.Length;

    public char this[int index] => _chars[index];

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public TextBuffer Append(char c)
    {
        if (Length == _chars.Length) Grow(1);
        _chars[Length++] = c;
        return this;
    }

    public TextBuffer Append(ReadOnlySpan<char> text)
    {
        if (Length + text.Length > _chars.Length) Grow(text.Length);
        text.CopyTo(_chars.AsSpan(Length));
        Length += text.Length;
        return this;
    }

    public void Truncate(int length) => Length = Math.Min(Length, length);

    public void Remove(int start, int count)
    {
        _chars.AsSpan(start + count, Length - start - count).CopyTo(_chars.AsSpan(start));
        Length -= count;
    }

    public string ToString(int start, int length) => new(_chars, start, length);

    public override string ToString() => new(_chars, 0, Length);

    private void Grow(int more) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + more));
}
