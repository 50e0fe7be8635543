namespace Wsis.Load;

/// <summary>
/// File bytes by path, size and modification time, so `serve` reads again only the files that changed.
/// The watcher also names changed files, which are forgotten whatever their time says. One made with
/// <c>remember: false</c> (a one-off build) reads every file.
/// </summary>
public sealed class FileCache(bool remember = true)
{
    private readonly Dictionary<string, (DateTime Modified, long Length, byte[] Bytes)> _files = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();

    public byte[] Read(string path, Func<string, byte[]> read)
    {
        if (!remember) return read(path);
        var info = new FileInfo(path);
        lock (_lock)
        {
            if (_files.TryGetValue(path, out var known) && known.Modified == info.LastWriteTimeUtc && known.Length == info.Length)
                return known.Bytes;
        }
        var bytes = read(path);
        lock (_lock) _files[path] = (info.LastWriteTimeUtc, info.Length, bytes);
        return bytes;
    }

    public void Forget(string path)
    {
        lock (_lock) _files.Remove(Path.GetFullPath(path));
    }
}
