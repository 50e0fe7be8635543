namespace Wsis.Load;

/// <summary>A content file's text; Path is relative to the content folder, with forward slashes.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The text of a 1-based line, for quoting in error messages.</summary>
    public string? LineText(int line)
    {
        var start = 0;
        for (var current = 1; current < line; current++)
        {
            start = Text.IndexOf('\n', start);
            if (start < 0) return null;
            start++;
        }
        var end = Text.IndexOf('\n', start);
        return (end < 0 ? Text[start..] : Text[start..end]).TrimEnd('\r');
    }
}
