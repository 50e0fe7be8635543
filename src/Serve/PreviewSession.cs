using System.Globalization;
using Wsis.Build;
using Wsis.Diagnostics;

namespace Wsis.Serve;

/// <summary>
/// A running preview: builds once, serves the result, and on every change rebuilds in memory with the
/// results of earlier builds reused, then swaps the new site in. A failed build keeps the last good one
/// served and shows its errors in the terminal and over the page.
/// </summary>
public sealed class PreviewSession : IAsyncDisposable
{
    private readonly ServeOptions _options;
    private readonly TextWriter _log;
    private readonly PreviewBuilds _builds;
    private readonly PreviewServer _server;
    private readonly SemaphoreSlim _building = new(1, 1);
    private readonly Timer _idle;
    private ContentWatcher? _watcher;
    private LiveSite _site = LiveSite.Empty([]);
    private int _finished;
    private IReadOnlyList<string> _lastWarnings = [];

    private PreviewSession(ServeOptions options, TextWriter log)
    {
        _options = options;
        _log = log;
        // The same inputs as `build --base-url ORIGIN --search off`, so the preview sends what a build would write.
        _builds = new PreviewBuilds(new BuildOptions { ContentDirectory = options.ContentDirectory, TemplatesDirectory = options.TemplatesDirectory, BaseUrl = options.Origin, Search = Search.SearchIndexing.Off });
        _server = new PreviewServer(options.Origin, () => Volatile.Read(ref _site));
        _idle = new Timer(_ => CollectWhileIdle());
    }

    public LiveSite Site => Volatile.Read(ref _site);

    /// <summary>How many builds have finished, good or failed.</summary>
    public int Builds => Volatile.Read(ref _finished);

    public static PreviewSession Start(ServeOptions options, TextWriter log)
    {
        var session = new PreviewSession(options, log);
        session.Rebuild([]);
        session._server.Start();
        session._watcher = new ContentWatcher([options.ContentDirectory, options.TemplatesDirectory], session.Rebuild);
        return session;
    }

    /// <summary>Builds the site again; the paths are the files the watcher saw change (empty for the first build).</summary>
    public void Rebuild(IReadOnlyCollection<string> changed)
    {
        var timings = new StageTimings();
        // Only when it had to wait (for the build before, or for a collection) is the wait part of the time logged.
        if (!_building.Wait(0)) timings.Time("waited", _building.Wait);
        try
        {
            var (result, report) = _builds.Build(changed, timings);
            // Editors save through temporary files; name only the files that are there now.
            var shown = changed.Where(File.Exists).Select(Shorten).DefaultIfEmpty(changed.Count == 0 ? "" : "a file").ToList();
            var what = changed.Count == 0 ? "First build" : $"{string.Join(", ", shown.Take(3))}{(shown.Count > 3 ? $" and {shown.Count - 3} more" : "")} changed; rebuilt";
            var ms = timings.Total.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            // The process's CPU time: on a busy machine the wall time shows the other processes too.
            var cpu = timings.TotalCpu.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture);
            if (result.Succeeded)
            {
                var next = Site.Next(result.Site!, out var changedFiles);
                Volatile.Write(ref _site, next);
                PrintIfNew(result);
                _log.WriteLine($"{Now()} {what} in {ms} ms: {changedFiles} of {result.Site!.Count} files changed ({report}; {Stages(timings)}; CPU {cpu} ms).");
            }
            else
            {
                Volatile.Write(ref _site, Site with { Errors = result.Diagnostics.Where(d => d.IsError).ToList() });
                PrintIfNew(result);
                _log.WriteLine($"{Now()} {what} in {ms} ms: FAILED with {result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")}; still serving the last good build.");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A file vanished or was locked mid-save; the watcher reports the next change and we build again.
            _log.WriteLine($"{Now()} Could not read the files ({e.Message}); waiting for the next change.");
        }
        catch (Exception e)
        {
            // A bug in the build must not end the preview an editor is working in: report it and keep the last good site.
            _log.WriteLine($"{Now()} The build stopped with an internal error ({e.GetType().Name}: {e.Message}); still serving the last good build. Please report this as a bug.");
        }
        finally
        {
            Interlocked.Increment(ref _finished);
            _building.Release();
        }
        _server.AnnounceBuild();
        try
        {
            _idle.Change(IdleCollection, Timeout.InfiniteTimeSpan);
        }
        catch (ObjectDisposedException)
        {
            // The session ended while this build ran.
        }
    }

    /// <summary>How long after a build the garbage is collected, if no build has started and no change is waiting.</summary>
    private static readonly TimeSpan IdleCollection = TimeSpan.FromMilliseconds(250);

    // What the session keeps across builds lives long and is replaced bit by bit, so each rebuild's garbage (about 11 MB on
    // the real content) ran into a full, blocking collection of the heap in the middle of the rebuild (15–25 ms).
    // Collected while the editor reads the page, the next rebuild starts with room and runs without one (docs/speed.md).
    private void CollectWhileIdle()
    {
        if (_watcher?.Pending == true || !_building.Wait(0)) return;
        try
        {
            GC.Collect();
        }
        finally
        {
            _building.Release();
        }
    }

    /// <summary>Errors always; warnings only when they differ from the last build's, so an edit does not repeat them all.</summary>
    private void PrintIfNew(BuildResult result)
    {
        var warnings = result.Diagnostics.Where(d => !d.IsError).Select(d => d.ToString()).ToList();
        var fresh = result.Diagnostics.Where(d => d.IsError || !warnings.SequenceEqual(_lastWarnings)).ToList();
        _lastWarnings = warnings;
        DiagnosticPrinter.Print(fresh, result.SourceTexts, _log);
    }

    private string Shorten(string path)
    {
        foreach (var root in new[] { _options.ContentDirectory, _options.TemplatesDirectory })
        {
            var full = Path.GetFullPath(root);
            if (path.StartsWith(full, StringComparison.Ordinal)) return Path.Combine(Path.GetFileName(full), Path.GetRelativePath(full, path));
        }
        return path;
    }

    private static string Stages(StageTimings timings) =>
        string.Join(", ", timings.Stages.Select(s => $"{s.Stage} {s.Elapsed.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)}"));

    private static string Now() => DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        _watcher?.Dispose();
        await _idle.DisposeAsync();
        await _server.DisposeAsync();
        _building.Dispose();
    }
}
