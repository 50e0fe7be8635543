using System.Collections.Concurrent;
using Wsis.Render;

namespace Wsis.Search;

/// <summary>
/// Makes the site's search index as its pages are written: each page read for search on the thread that rendered it,
/// Pagefind's own files fetched meanwhile by a Pagefind run over one page of one word, and the index written from the
/// pages once the last is in (<see cref="SearchIndexWriter"/>). Pagefind no longer reads the site (docs/speed.md).
/// </summary>
public sealed class SearchIndexBuilder
{
    private readonly ConcurrentBag<IndexedPage> _pages = [];
    private readonly ConcurrentBag<string> _withoutBody = [];
    private readonly SearchPageReader _reader = new(new SearchTerms());
    private readonly string _siteFolder;
    private readonly Task<(IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error)> _assets;

    /// <summary>Starts fetching Pagefind's files, in the background, in a folder of its own inside the site folder the pages are written to.</summary>
    public SearchIndexBuilder(string pagefind, string siteFolder)
    {
        _siteFolder = siteFolder;
        _assets = Task.Run(() => PagefindIndexer.Assets(pagefind, siteFolder));
    }

    /// <summary>Reads a written page for the index; safe from several threads at once.</summary>
    public void Add(string path, string html)
    {
        // Pagefind indexes only the pages with a data-pagefind-body once one has it, and every page only when none has:
        // the others (the handouts, a quarter of the bytes) are read again from the site folder only then.
        if (html.Contains(BodyMarker, StringComparison.Ordinal)) _pages.Add(SearchIndexWriter.Index(_reader.Read(path, html)));
        else _withoutBody.Add(path);
    }

    private const string BodyMarker = "data-pagefind-body";

    /// <summary>Whether a written page has a body for search, read a block at a time: such a page is too large to read whole for nothing.</summary>
    private static bool HasBody(string file)
    {
        using var reader = File.OpenText(file);
        var block = new char[64 * 1024];
        var kept = 0; // the end of the block before, where the marker may begin
        int read;
        while ((read = reader.ReadBlock(block, kept, block.Length - kept)) > 0)
        {
            var text = block.AsSpan(0, kept + read);
            if (text.IndexOf(BodyMarker, StringComparison.Ordinal) >= 0) return true;
            kept = Math.Min(BodyMarker.Length - 1, text.Length);
            text[^kept..].CopyTo(block);
        }
        return false;
    }

    /// <summary>A page written to the site folder as it was drawn, too large to be handed over whole: read back from there, if it has a body.</summary>
    public void AddWritten(string path)
    {
        var file = Path.Combine(_siteFolder, path);
        if (HasBody(file)) Add(path, File.ReadAllText(file));
        else _withoutBody.Add(path);
    }

    /// <summary>Waits for Pagefind's run to end, so that a build given up does not leave it writing into a folder being removed.</summary>
    public void Abandon() => ((IAsyncResult)_assets).AsyncWaitHandle.WaitOne();

    /// <summary>The index files and Pagefind's own, at their paths in the site; or what went wrong.</summary>
    public (IReadOnlyList<OutputFile> Files, string? Error) Complete()
    {
        var (assets, entry, error) = _assets.GetAwaiter().GetResult();
        if (error is not null || entry is null) return ([], error ?? "Pagefind wrote no entry file");
        var pages = _pages.IsEmpty
            ? _withoutBody.AsParallel().Select(p => SearchIndexWriter.Index(_reader.Read(p, File.ReadAllText(Path.Combine(_siteFolder, p))))).ToList()
            : [.. _pages];
        return ([.. assets, .. SearchIndexWriter.Write(pages, entry)], null);
    }
}
