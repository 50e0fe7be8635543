using Scriban.Runtime;

namespace Wsis.Render;

/// <summary>
/// Where a page's template writes: fixed-size chunks, of which the first few stay with the thread's context for its
/// next page, so most pages are written without allocating anything but their string. A StringBuilder allocated a
/// buffer of 32 KB for every page and more as it grew, and Scriban's StringBuilderOutput clears itself after rendering
/// by allocating a fresh buffer as big as the page. A page longer than its overflow's length is passed on chunk by
/// chunk as it is drawn (<see cref="PageOverflow"/>), so it is never held whole.
/// </summary>
public sealed class PageOutput : IScriptOutput
{
    // 32 KB a chunk: under the large object heap's threshold, so a large page's chunks are ordinary short-lived garbage.
    private const int ChunkLength = 16 * 1024;
    // 256 K characters kept a thread: every page but the handouts and the largest lists fits.
    private const int ChunksKept = 16;

    private readonly List<char[]> _chunks = [new char[ChunkLength]];
    private int _chunk; // the chunk being written
    private int _used; // characters written in it
    private PageOverflow? _overflow; // where the page goes once it is long
    private IPageStream? _stream; // where it goes, once it went

    /// <summary>Starts a page, which goes to <paramref name="overflow"/> once it is longer than the overflow's length.</summary>
    public void Begin(PageOverflow? overflow)
    {
        Clear();
        _overflow = overflow;
    }

    /// <summary>Whether the page went to its overflow: then the output holds only what it has not passed on yet.</summary>
    public bool Streamed => _stream is not null;

    public int Length => _chunk * ChunkLength + _used;

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    private void Write(ReadOnlySpan<char> source)
    {
        while (!source.IsEmpty)
        {
            if (_used == ChunkLength) NextChunk();
            var part = Math.Min(source.Length, ChunkLength - _used);
            source[..part].CopyTo(_chunks[_chunk].AsSpan(_used));
            _used += part;
            source = source[part..];
        }
    }

    /// <summary>Writes UTF-8 text (<see cref="ReusedHtml"/>), decoded straight into the chunks.</summary>
    public void WriteUtf8(ReadOnlySpan<byte> utf8)
    {
        Span<char> pair = stackalloc char[2];
        while (!utf8.IsEmpty)
        {
            if (_used == ChunkLength) NextChunk();
            var status = System.Text.Unicode.Utf8.ToUtf16(utf8, _chunks[_chunk].AsSpan(_used), out var read, out var written);
            _used += written;
            utf8 = utf8[read..];
            if (status != System.Buffers.OperationStatus.DestinationTooSmall || written > 0) continue;
            // One place left and a surrogate pair next: the pair goes across the chunks.
            System.Text.Unicode.Utf8.ToUtf16(utf8[..Math.Min(4, utf8.Length)], pair, out read, out written);
            Write(pair[..written]);
            utf8 = utf8[read..];
        }
    }

    private void NextChunk()
    {
        if (_overflow is not null && (_chunk + 1) * ChunkLength >= _overflow.Characters) PassOn();
        else if (++_chunk == _chunks.Count) _chunks.Add(new char[ChunkLength]);
        _used = 0;
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    public override string ToString() => string.Create(Length, this, static (target, output) =>
    {
        for (var i = 0; i < output._chunk; i++) output._chunks[i].CopyTo(target[(i * ChunkLength)..]);
        output._chunks[output._chunk].AsSpan(0, output._used).CopyTo(target[(output._chunk * ChunkLength)..]);
    });

    /// <summary>Passes every full chunk on to the overflow's stream and starts again at the first.</summary>
    private void PassOn()
    {
        _stream ??= _overflow!.Open();
        for (var i = 0; i <= _chunk; i++) _stream.Write(_chunks[i]);
        _chunk = 0;
    }

    /// <summary>
    /// Ends the page. Returns its text when it was held whole; when it went to the overflow, passes on the rest, which
    /// Scriban made a string of (<paramref name="held"/>, this output's text), and returns empty: the stream has it all.
    /// </summary>
    public string End(string held)
    {
        var stream = _stream;
        Clear();
        if (stream is null) return held;
        stream.Write(held);
        return "";
    }

    /// <summary>Empties the output for the next page, keeping the first chunks and letting a large page's others go.</summary>
    public void Clear()
    {
        if (_chunks.Count > ChunksKept) _chunks.RemoveRange(ChunksKept, _chunks.Count - ChunksKept);
        _chunk = 0;
        _used = 0;
        _overflow = null;
        _stream = null;
    }
}
