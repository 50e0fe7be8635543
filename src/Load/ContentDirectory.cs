namespace Wsis.Load;

/// <summary>The only place that reads the content folder from disk.</summary>
public static class ContentDirectory
{
    private static readonly string[] ContentExtensions = [".yml", ".yaml", ".md", ".txt"];

    public static IReadOnlyList<RawFile> Read(string contentRoot, FileCache? cache = null)
    {
        var root = Path.GetFullPath(contentRoot);
        return Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Where(path => ContentExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase))
            .Select(path => new RawFile(Path.GetRelativePath(root, path).Replace('\\', '/'), cache is null ? ReadBounded(path) : cache.Read(path, ReadBounded)))
            .OrderBy(file => file.Path, StringComparer.Ordinal)
            .ToList();
    }

    // Reads at most one byte past the limit: enough to know a file is too large without loading all of it.
    private static byte[] ReadBounded(string path)
    {
        using var stream = File.OpenRead(path);
        var length = (int)Math.Min(stream.Length, TextDecoder.MaxBytes + 1);
        var buffer = new byte[length];
        stream.ReadExactly(buffer);
        return buffer;
    }
}
