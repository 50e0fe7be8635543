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
    private readonly ConcurrentBag<SearchPage> _pages = [];
    private readonly SearchTerms _terms = new();
    private readonly Task<(IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error)> _assets;
    private volatile bool _bodySeen;

    /// <summary>Starts fetching Pagefind's files, in the background, in a folder of its own inside the site folder.</summary>
    public SearchIndexBuilder(string pagefind, string siteFolder)
    {
        _assets = Task.Run(() => PagefindIndexer.Assets(pagefind, siteFolder));
    }

    /// <summary>Reads a written page for the index; safe from several threads at once.</summary>
    public void Add(string path, string html)
    {
        // Once a page has a data-pagefind-body, Pagefind indexes only such pages: the others need not be read.
        var hasBody = html.Contains("data-pagefind-body", StringComparison.Ordinal);
        if (!hasBody && _bodySeen) return;
        if (hasBody) _bodySeen = true;
        _pages.Add(SearchPageReader.Read(path, html, _terms));
    }

    /// <summary>The index files and Pagefind's own, at their paths in the site; or what went wrong.</summary>
    public (IReadOnlyList<OutputFile> Files, string? Error) Complete()
    {
        var (assets, entry, error) = _assets.GetAwaiter().GetResult();
        if (error is not null || entry is null) return ([], error ?? "Pagefind wrote no entry file");
        return ([.. assets, .. SearchIndexWriter.Write(_pages, entry)], null);
    }
}
