namespace Wsis.Diagnostics;

/// <summary>
/// Where each line of a text starts, found in one pass: the text of line n, or the line and column of an offset, in
/// O(log lines) each. A line ends at "\n", "\r\n" or a lone "\r", as YAML and CommonMark count lines, so a quoted
/// line is the line a position was counted in whatever the file's line endings.
/// </summary>
public sealed class LineMap
{
    private readonly string _text;
    private readonly List<int> _starts = [0];

    public LineMap(string text)
    {
        _text = text;
        for (var i = text.AsSpan().IndexOfAny('\n', '\r'); i >= 0;)
        {
            var next = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? i + 2 : i + 1;
            _starts.Add(next);
            var rest = text.AsSpan(next).IndexOfAny('\n', '\r');
            i = rest < 0 ? -1 : next + rest;
        }
    }

    public int LineCount => _starts.Count;

    /// <summary>The text of a 1-based line without its line ending; null past the last line.</summary>
    public string? Line(int line)
    {
        if (line < 1 || line > _starts.Count) return null;
        var start = _starts[line - 1];
        var end = line < _starts.Count ? _starts[line] : _text.Length;
        while (end > start && _text[end - 1] is '\n' or '\r') end--;
        return _text[start..end];
    }

    /// <summary>The 1-based line and column of a character offset.</summary>
    public (int Line, int Column) Locate(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = _starts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _starts[line] + 1);
    }
}
