using System.Buffers;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>
/// One page read for its ids and links as it is drawn, part after part: what a part leaves unread (an element it cuts
/// off, a few characters that may begin an end being looked for) is carried over to the front of the next.
/// </summary>
public sealed class StreamedPageScan(PageScanner scanner) : IPageStream
{
    private readonly PageScanner.Reading _reading = new();
    private char[] _carry = [];
    private int _carried;

    public void Write(ReadOnlySpan<char> text)
    {
        if (_carried == 0)
        {
            Keep(text[scanner.ReadPart(text, _reading, final: false)..]);
            return;
        }
        var joined = ArrayPool<char>.Shared.Rent(_carried + text.Length);
        try
        {
            _carry.AsSpan(0, _carried).CopyTo(joined);
            text.CopyTo(joined.AsSpan(_carried));
            var part = joined.AsSpan(0, _carried + text.Length);
            Keep(part[scanner.ReadPart(part, _reading, final: false)..]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(joined);
        }
    }

    /// <summary>The page's ids and links, once its last part is in.</summary>
    public PageLinks Finish(string path, string url, SourceLocation origin)
    {
        scanner.ReadPart(_carry.AsSpan(0, _carried), _reading, final: true);
        _carried = 0;
        var (ids, links) = _reading.Result();
        return new PageLinks(path, url, origin, ids, links);
    }

    private void Keep(ReadOnlySpan<char> unread)
    {
        if (_carry.Length < unread.Length) _carry = new char[Math.Max(unread.Length, 2 * _carry.Length)];
        unread.CopyTo(_carry);
        _carried = unread.Length;
    }
}
