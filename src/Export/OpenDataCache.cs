using Microsoft.IO;

namespace Wsis.Export;

/// <summary>
/// What the open data keeps across the builds of `serve`: each CSV file with the cells it was written from, so an edit
/// writes again only the files whose cells changed, and the pool of blocks the files are written into. A one-off
/// build keeps no files.
/// </summary>
public sealed class OpenDataCache(bool remember = true)
{
    private readonly Dictionary<string, (List<string[]> Rows, byte[] Bytes)> _tables = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private HashSet<string> _used = new(StringComparer.Ordinal);

    public bool Remembers => remember;

    // Blocks under 85,000 bytes stay off the large object heap; kept, they are not allocated again on each rebuild, up to
    // 1 MB of them (a large publication's document is tens of MB, which a long-running process must not hold idle).
    internal RecyclableMemoryStreamManager Blocks { get; } = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 64 * 1024,
        MaximumSmallPoolFreeBytes = 1024 * 1024,
    });

    /// <summary>The file written from these rows before, compared cell by cell; or the one written now and kept.</summary>
    internal byte[] Table(string name, List<string[]> rows, Func<List<string[]>, byte[]> write)
    {
        if (!remember) return write(rows);
        lock (_lock)
        {
            _used.Add(name);
            if (_tables.TryGetValue(name, out var kept) && SameCells(kept.Rows, rows)) return kept.Bytes;
        }
        var bytes = write(rows);
        lock (_lock) _tables[name] = (rows, bytes);
        return bytes;
    }

    private static bool SameCells(List<string[]> a, List<string[]> b)
    {
        if (a.Count != b.Count) return false;
        for (var i = 0; i < a.Count; i++)
            if (!a[i].AsSpan().SequenceEqual(b[i], StringComparer.Ordinal)) return false;
        return true;
    }

    /// <summary>Ends a build: forgets the files it did not write.</summary>
    public void Sweep()
    {
        lock (_lock)
        {
            foreach (var name in _tables.Keys.Where(n => !_used.Contains(n)).ToList()) _tables.Remove(name);
            _used = new HashSet<string>(StringComparer.Ordinal);
        }
    }
}
