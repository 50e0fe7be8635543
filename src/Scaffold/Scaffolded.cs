namespace Wsis.Scaffold;

/// <summary>A new entry written into a content file: the file's whole new text, and where the entry starts.</summary>
public sealed record Scaffolded(string Path, string Text, int Line, string What, IReadOnlyList<string> ToFill, bool IsNewFile);
