namespace Wsis.Serve;

/// <summary>
/// Watches folders for changes and reports them in batches: an editor's save is often several events
/// (write, rename, attribute change), so a batch closes only after the folders have been quiet for a moment.
/// </summary>
public sealed class ContentWatcher : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(100);
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private readonly Timer _timer;
    private readonly Action<IReadOnlyCollection<string>> _onChange;

    public ContentWatcher(IEnumerable<string> folders, Action<IReadOnlyCollection<string>> onChange)
    {
        _onChange = onChange;
        _timer = new Timer(_ => Flush());
        foreach (var folder in folders)
        {
            var watcher = new FileSystemWatcher(Path.GetFullPath(folder))
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
                InternalBufferSize = 64 * 1024,
            };
            watcher.Changed += (_, e) => Note(e.FullPath);
            watcher.Created += (_, e) => Note(e.FullPath);
            watcher.Deleted += (_, e) => Note(e.FullPath);
            watcher.Renamed += (_, e) => { Note(e.OldFullPath); Note(e.FullPath); };
            // Too many changes at once (a checkout): rebuild everything rather than miss one.
            watcher.Error += (_, _) => Note(watcher.Path);
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
    }

    /// <summary>True while a batch of changes waits for the folders to be quiet.</summary>
    public bool Pending
    {
        get
        {
            lock (_lock) return _pending.Count > 0;
        }
    }

    private void Note(string path)
    {
        lock (_lock)
        {
            _pending.Add(path);
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Flush()
    {
        string[] batch;
        lock (_lock)
        {
            batch = [.. _pending.Order(StringComparer.Ordinal)];
            _pending.Clear();
        }
        if (batch.Length > 0) _onChange(batch);
    }

    public void Dispose()
    {
        foreach (var watcher in _watchers) watcher.Dispose();
        _timer.Dispose();
    }
}
