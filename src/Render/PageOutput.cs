using Scriban.Runtime;

namespace Wsis.Render;

/// <summary>
/// Where a page's template writes: fixed-size chunks, of which the first few stay with the thread's context for its
/// next page, so most pages are written without allocating anything but their string. A StringBuilder allocated a
/// buffer of 32 KB for every page and more as it grew, and Scriban's StringBuilderOutput clears itself after rendering
/// by allocating a fresh buffer as big as the page.
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

    public int Length => _chunk * ChunkLength + _used;

    public void Write(string text, int offset, int count)
    {
        var source = text.AsSpan(offset, count);
        while (!source.IsEmpty)
        {
            if (_used == ChunkLength)
            {
                if (++_chunk == _chunks.Count) _chunks.Add(new char[ChunkLength]);
                _used = 0;
            }
            var part = Math.Min(source.Length, ChunkLength - _used);
            source[..part].CopyTo(_chunks[_chunk].AsSpan(_used));
            _used += part;
            source = source[part..];
        }
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

    /// <summary>Empties the output for the next page, keeping the first chunks and letting a large page's others go.</summary>
    public void Clear()
    {
        if (_chunks.Count > ChunksKept) _chunks.RemoveRange(ChunksKept, _chunks.Count - ChunksKept);
        _chunk = 0;
        _used = 0;
    }
}
