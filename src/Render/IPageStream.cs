namespace Wsis.Render;

/// <summary>Takes a page's text in order, part after part, as it is drawn: for a page too large to be held as one string.</summary>
public interface IPageStream
{
    void Write(ReadOnlySpan<char> text);
}

/// <summary>
/// Where a page goes once it is longer than <paramref name="Characters"/>: all of its text, from the start, to the
/// stream <paramref name="Open"/> gives, as it is drawn, holding at most that many characters at a time.
/// </summary>
public sealed record PageOverflow(int Characters, Func<IPageStream> Open);
