namespace Wsis.Load;

/// <summary>A content file's text; Path is relative to the content folder, with forward slashes.</summary>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The text of a 1-based line, for quoting in error messages; to quote many, index the lines once with a LineMap.</summary>
    public string? LineText(int line) => new Diagnostics.LineMap(Text).Line(line);
}
