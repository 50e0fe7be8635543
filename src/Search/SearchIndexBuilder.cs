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
    private readonly SearchTerms _terms = new();
    private readonly SearchPageReader _reader;
    private readonly string _siteFolder;
    private readonly Task<(IReadOnlyList<OutputFile> Files, PagefindEntry? Entry, string? Error)> _assets;

    /// <summary>Starts fetching Pagefind's files, in the background, in a folder of its own inside the site folder the pages are written to.</summary>
    public SearchIndexBuilder(string pagefind, string siteFolder)
    {
        _siteFolder = siteFolder;
        _reader = new SearchPageReader(_terms);
        _assets = Task.Run(() => PagefindIndexer.Assets(pagefind, siteFolder));
    }

    /// <summary>Reads a written page for the index; safe from several threads at once.</summary>
    public void Add(string path, string html)
    {
        // Pagefind indexes only the pages with a data-pagefind-body once one has it, and every page only when none has:
        // the others (the handouts, a quarter of the bytes) are read again from the site folder only then.
        if (html.Contains(BodyMarker, StringComparison.Ordinal)) _pages.Add(Index(_reader.Read(path, html)));
        else _withoutBody.Add(path);
    }

    private IndexedPage Index(SearchPage page) => SearchIndexWriter.Index(page, _terms);

    private const string BodyMarker = "data-pagefind-body";

    /// <summary>
    /// A page written to the site folder as it was drawn, too large to be handed over whole: read back from there into a
    /// buffer used again for the next such page, if it has a body: read into a string, each of these pages (an action line
    /// is a megabyte at 4,000 items) was a large object of its own, and so was the block it was first looked through in.
    /// </summary>
    /// <param name="path">The page's path in the site folder.</param>
    /// <param name="marked">Whether its text, as it was written, had the body's marker (<see cref="MarkerWatch"/>): one
    /// without is not read back at all (the handouts, 25 MB at 4,000 items, were read only to find none).</param>
    public void AddWritten(string path, bool marked)
    {
        if (!marked)
        {
            _withoutBody.Add(path);
            return;
        }
        var buffer = _buffers.TryTake(out var idle) ? idle : new char[64 * 1024];
        try
        {
            var length = ReadBody(Path.Combine(_siteFolder, path), ref buffer);
            if (length < 0) _withoutBody.Add(path);
            else _pages.Add(Index(_reader.Read(path, buffer.AsSpan(0, length))));
        }
        finally
        {
            // The largest pages' buffers are not kept.
            if (buffer.Length <= 1 << 22) _buffers.Add(buffer);
        }
    }

    private readonly ConcurrentBag<char[]> _buffers = [];

    /// <summary>Whether a page's text, written a part at a time, has the body's marker: looked for in each part as it goes by.</summary>
    public sealed class MarkerWatch
    {
        // The end of the text so far, where the marker may begin and go on in the next part.
        private readonly char[] _tail = new char[BodyMarker.Length - 1];
        private int _tailLength;

        public bool Seen { get; private set; }

        public void Write(ReadOnlySpan<char> text)
        {
            if (Seen || text.IsEmpty) return;
            if (_tailLength > 0)
            {
                Span<char> join = stackalloc char[2 * _tail.Length];
                _tail.AsSpan(0, _tailLength).CopyTo(join);
                var start = text[..Math.Min(text.Length, _tail.Length)];
                start.CopyTo(join[_tailLength..]);
                Seen = join[..(_tailLength + start.Length)].IndexOf(BodyMarker, StringComparison.Ordinal) >= 0;
            }
            Seen |= text.IndexOf(BodyMarker, StringComparison.Ordinal) >= 0;
            if (Seen) return;
            if (text.Length >= _tail.Length)
            {
                text[^_tail.Length..].CopyTo(_tail);
                _tailLength = _tail.Length;
                return;
            }
            var kept = Math.Min(_tailLength, _tail.Length - text.Length);
            _tail.AsSpan(_tailLength - kept, kept).CopyTo(_tail);
            text.CopyTo(_tail.AsSpan(kept));
            _tailLength = kept + text.Length;
        }
    }

    // The file's text in the buffer (grown when it is too small) and its length; -1 when it has no body. A page with a
    // body has its marker near the top: when the first block has none, the rest is only looked through, a block at a time,
    // and read again whole only if the marker is there, so a handout of many megabytes is never held.
    private static int ReadBody(string file, ref char[] buffer)
    {
        using var reader = File.OpenText(file);
        var length = reader.ReadBlock(buffer, 0, buffer.Length);
        if (buffer.AsSpan(0, length).IndexOf(BodyMarker, StringComparison.Ordinal) < 0)
        {
            if (length < buffer.Length) return -1;
            var kept = BodyMarker.Length - 1; // the end of the block before, where the marker may begin
            buffer.AsSpan(length - kept, kept).CopyTo(buffer);
            int read;
            while ((read = reader.ReadBlock(buffer, kept, buffer.Length - kept)) > 0)
            {
                if (buffer.AsSpan(0, kept + read).IndexOf(BodyMarker, StringComparison.Ordinal) >= 0) return ReadWhole(file, ref buffer);
                buffer.AsSpan(read, kept).CopyTo(buffer);
            }
            return -1;
        }
        return ReadRest(reader, ref buffer, length);
    }

    private static int ReadWhole(string file, ref char[] buffer)
    {
        using var reader = File.OpenText(file);
        return ReadRest(reader, ref buffer, 0);
    }

    private static int ReadRest(StreamReader reader, ref char[] buffer, int length)
    {
        // Made as large as the file at once (its UTF-8 has no fewer bytes than it has characters), rather than grown by
        // doubling, which copied the page again at each step and left a large object behind each time.
        var whole = reader.BaseStream.Length + 1;
        if (buffer.Length < whole && whole <= Array.MaxLength) Array.Resize(ref buffer, (int)whole);
        if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        int read;
        while ((read = reader.ReadBlock(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
            if (length == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        return length;
    }

    /// <summary>Waits for Pagefind's run to end, so that a build given up does not leave it writing into a folder being removed.</summary>
    public void Abandon() => ((IAsyncResult)_assets).AsyncWaitHandle.WaitOne();

    /// <summary>The index files and Pagefind's own, at their paths in the site; or what went wrong.</summary>
    public (IReadOnlyList<OutputFile> Files, string? Error) Complete()
    {
        var files = new List<OutputFile>();
        var error = Complete(file =>
        {
            lock (files) files.Add(file);
        });
        // In the order of their paths, not of the threads that made them.
        return error is null ? ([.. files.OrderBy(f => f.Path, StringComparer.Ordinal)], null) : ([], error);
    }

    /// <summary>The index files and Pagefind's own, each handed to write (from several threads at once) as it is made; or what went wrong, before any is.</summary>
    public string? Complete(Action<OutputFile> write)
    {
        var (assets, entry, error) = _assets.GetAwaiter().GetResult();
        if (error is not null || entry is null) return error ?? "Pagefind wrote no entry file";
        var pages = _pages.IsEmpty
            ? _withoutBody.AsParallel().Select(p => Index(_reader.Read(p, File.ReadAllText(Path.Combine(_siteFolder, p))))).ToList()
            : [.. _pages];
        foreach (var asset in assets) write(asset);
        SearchIndexWriter.Write(pages, _terms, entry, write);
        return null;
    }
}
