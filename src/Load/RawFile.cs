using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>
/// A file's bytes as read from disk; Path is relative to the content folder. Problem says why a file that is there
/// was not read (a symbolic link, no permission); its Bytes are then empty.
/// </summary>
public sealed record RawFile(string Path, byte[] Bytes, Diagnostic? Problem = null);
