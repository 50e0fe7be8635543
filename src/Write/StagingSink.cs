using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Search;

namespace Wsis.Write;

/// <summary>
/// Writes each file to a staging folder beside the output as it is made, so memory does not grow with the size of the
/// site; once the site is complete and checked, indexes it for search and swaps it in for the output folder.
/// Disposing it without that swap deletes what was written: a failed build leaves the output as it was.
/// </summary>
/// <param name="inputs">The content and templates folders, which the output may not be, hold or lie in.</param>
/// <param name="pagefind">The Pagefind launcher, or null when it is not installed.</param>
/// <param name="compactBetweenStages">For a build that is the whole process (the build command): see <see cref="StageDone"/>.</param>
/// <param name="streamPagesOver">Pages longer than this many characters are written as they are drawn (<see cref="DefaultStreamPagesOver"/>).</param>
public sealed class StagingSink(string output, IReadOnlyList<string> inputs, SearchIndexing search, string? pagefind, bool compactBetweenStages = false,
    int streamPagesOver = StagingSink.DefaultStreamPagesOver)
    : ISiteSink, IDisposable
{
    /// <summary>
    /// 32 K characters, under the large object heap's 85,000 bytes as a string: a longer page goes to its file as it is
    /// drawn. Held whole, the handout of everything (12 MB at 4,000 items) was in memory twice at once, its drawn parts
    /// and its string, and each large page's string was a large object that set off a full collection (docs/speed.md).
    /// </summary>
    public const int DefaultStreamPagesOver = 32 * 1024;

    private StagingFolder? _staging;

    public bool Publishes => true;

    private StagingFolder Staging => _staging ?? throw new InvalidOperationException("The sink is not open: the pipeline calls Open first.");

    // The search index is made from each page as it is written, on the render's threads, rather than by Pagefind reading the site back.
    private SearchIndexBuilder? _search;

    /// <summary>Makes the staging folder, clearing what killed builds left (and putting back a site left mid-swap), even when the build then fails.</summary>
    public void Open()
    {
        _staging ??= StagingFolder.Create(output, inputs);
        if (search != SearchIndexing.Off && pagefind is not null) _search ??= new SearchIndexBuilder(pagefind, _staging.Path);
    }

    public void Add(OutputFile file)
    {
        Staging.Write(file);
        if (_search is not null && file.Path.EndsWith(".html", StringComparison.Ordinal)) _search.Add(file.Path, System.Text.Encoding.UTF8.GetString(file.Content));
    }

    public void Add(RenderedPage page, int order)
    {
        Staging.Write(page);
        _search?.Add(page.Path, page.Html);
    }

    public int? StreamPagesOver => streamPagesOver;

    public IPageFile OpenPage(string path) => _search is { } index ? new IndexedWhenComplete(Staging.OpenPage(path), marked => index.AddWritten(path, marked)) : Staging.OpenPage(path);

    /// <summary>A streamed page read for search once it is whole, on the thread that drew it, if its text had the body's marker.</summary>
    private sealed class IndexedWhenComplete(IPageFile file, Action<bool> complete) : IPageFile
    {
        private readonly SearchIndexBuilder.MarkerWatch _marker = new();

        public void Write(ReadOnlySpan<char> text)
        {
            file.Write(text);
            _marker.Write(text);
        }

        public void Complete()
        {
            file.Complete();
            file.Dispose();
            complete(_marker.Seen);
        }

        public void Dispose() => file.Dispose();
    }

    /// <summary>
    /// Collects all garbage between stages (file bytes and YAML trees after loading, the Markdown and open data after
    /// preparing): otherwise the first collections come late and set the process's peak memory (docs/speed.md). Aggressive:
    /// the memory freed goes back to the system then, rather than staying with the process for the next stage to grow
    /// past. Only when the build is the whole process: in a process that holds more (the tests), a full collection costs
    /// more than it saves.
    /// </summary>
    public void StageDone()
    {
        if (compactBetweenStages) GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
    }

    // The search index, written into the staging folder from the moment the last page is in, while the links are checked.
    private Task<(string? Message, bool Failed)>? _indexing;

    public void PagesDone()
    {
        if (_search is not null) _indexing ??= Task.Run(() => IndexForSearch(Staging));
    }

    public SinkOutcome Complete()
    {
        var staging = Staging;
        var (index, failed) = _indexing is { } indexing ? indexing.GetAwaiter().GetResult() : IndexForSearch(staging);
        if (failed) return new SinkOutcome { SearchIndex = index, SearchFailed = true };
        staging.Commit();
        return new SinkOutcome { Written = true, SearchIndex = index };
    }

    /// <summary>The search index written into the staging folder; only a required index that cannot be built fails the build.</summary>
    private (string? Message, bool Failed) IndexForSearch(StagingFolder staging)
    {
        if (search == SearchIndexing.Off) return (null, false);
        if (_search is null)
            return ("no search index (Pagefind is not installed: run 'npm ci' in the repository root)", search == SearchIndexing.Required);
        var error = _search.Complete(staging.Write);
        if (error is not null) return ($"no search index ({error.TrimEnd('.')})", search == SearchIndexing.Required);
        return ("search index built", false);
    }

    public Diagnostic? WriteFailure(Exception exception) => OutputFolder.IsWriteFailure(exception) ? OutputFolder.NotWritten(output, exception) : null;

    public void Dispose()
    {
        // A build given up (a broken link, a failure to write) waits for the index being written before removing the folder.
        if (_indexing is not null) ((IAsyncResult)_indexing).AsyncWaitHandle.WaitOne();
        _search?.Abandon();
        _staging?.Dispose();
    }
}
