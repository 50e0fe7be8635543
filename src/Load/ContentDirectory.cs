using Wsis.Diagnostics;

namespace Wsis.Load;

/// <summary>The only place that reads the content folder from disk.</summary>
public static class ContentDirectory
{
    /// <summary>Every file under the folder, links and unreadable files included as problems: each has a place in the content or is an error.</summary>
    public static IReadOnlyList<RawFile> Read(string contentRoot, FileCache? cache = null) =>
        FolderWalk.Files(contentRoot)
            .Select(entry => entry.Problem is { } problem ? new RawFile(entry.Path, [], problem) : Read(entry, cache ?? new FileCache(remember: false)))
            .ToList();

    private static RawFile Read(FolderEntry entry, FileCache cache)
    {
        try
        {
            return new RawFile(entry.Path, cache.Read(entry.FullPath, ReadBounded));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new RawFile(entry.Path, [], FolderWalk.Unreadable(entry.Path, e));
        }
    }

    /// <summary>
    /// Reads at most one byte past the limit: enough to know a file is too large without loading all of it. A file that
    /// stat calls empty is not opened: an empty file is an error anyway, and a FIFO, socket or device (all of length 0)
    /// would block or never end.
    /// </summary>
    public static byte[] ReadBounded(string path)
    {
        if (new FileInfo(path).Length == 0) return [];
        using var stream = File.OpenRead(path);
        var length = (int)Math.Min(stream.Length, TextDecoder.MaxBytes + 1);
        var buffer = new byte[length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
