namespace Wsis.Load;

/// <summary>A file's bytes as read from disk; Path is relative to the content folder.</summary>
public sealed record RawFile(string Path, byte[] Bytes);
