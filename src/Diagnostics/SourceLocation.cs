namespace Wsis.Diagnostics;

/// <summary>A place in a content file; line and column are 1-based, as editors show them.</summary>
public sealed record SourceLocation(string Path, int Line, int Column)
{
    public static SourceLocation File(string path) => new(path, 1, 1);

    public override string ToString() => $"{Path}({Line},{Column})";
}
