using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Wsis.Search;

/// <summary>
/// A page as the index keeps it until the last page is in: its terms and its metadata's terms by their numbers
/// (<see cref="SearchTerms.Number"/>), with where each occurs, all in one array of numbers; its filters and metadata
/// fields; and its fragment (what a result shows: URL, text, metadata, anchors) already made, hashed and compressed.
/// Its text is not kept, as it is in the fragment.
/// </summary>
/// <remarks>
/// One array of numbers rather than an array of terms and five more beside it: pages are kept from the moment they are
/// read to the end of the render, so every collection meanwhile copied them to an older generation and followed each
/// term a page held; that doubled the collector's pauses while the pages were being read (docs/speed.md, tenth pass).
/// </remarks>
public sealed class IndexedPage
{
    public required string Url { get; init; }

    public required string Language { get; init; }

    public required bool HasBody { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The names of the page's metadata fields, sorted.</summary>
    public required ImmutableArray<string> MetaFields { get; init; }

    /// <summary>Each filter with each of its values.</summary>
    public required ImmutableArray<(string Filter, string Value)> Filters { get; init; }

    /// <summary>The SHA-1 of the fragment's JSON, as Pagefind writes it (see <see cref="SearchIndexWriter"/>).</summary>
    public required string FragmentHash { get; init; }

    /// <summary>The fragment's file: gzipped, behind Pagefind's signature.</summary>
    public required byte[] Fragment { get; init; }

    // In turn: the terms' numbers, in the order of the terms' text; where each term's occurrences start, and one more for
    // the end; the occurrences, two numbers each; the same three for the metadata's terms, whose places are a position
    // and a field (its place in MetaFields).
    private readonly int[] _numbers;
    private readonly int _terms, _occurrences, _metaTerms, _metaPlaces;

    public IndexedPage(ReadOnlySpan<int> terms, ReadOnlySpan<int> termStarts, ReadOnlySpan<WordAt> occurrences,
        ReadOnlySpan<int> metaTerms, ReadOnlySpan<int> metaStarts, ReadOnlySpan<MetaPlace> metaPlaces)
    {
        if (termStarts.Length != terms.Length + 1 || metaStarts.Length != metaTerms.Length + 1)
            throw new ArgumentException("Each list of terms needs one start more than it has terms.");
        (_terms, _occurrences, _metaTerms, _metaPlaces) = (terms.Length, occurrences.Length, metaTerms.Length, metaPlaces.Length);
        _numbers = new int[2 * _terms + 1 + 2 * _occurrences + 2 * _metaTerms + 1 + 2 * _metaPlaces];
        var rest = _numbers.AsSpan();
        Put(ref rest, terms);
        Put(ref rest, termStarts);
        Put(ref rest, MemoryMarshal.Cast<WordAt, int>(occurrences));
        Put(ref rest, metaTerms);
        Put(ref rest, metaStarts);
        Put(ref rest, MemoryMarshal.Cast<MetaPlace, int>(metaPlaces));
    }

    private static void Put(ref Span<int> rest, ReadOnlySpan<int> numbers)
    {
        numbers.CopyTo(rest);
        rest = rest[numbers.Length..];
    }

    /// <summary>The numbers of the page's terms, in the order of the terms' text, each once.</summary>
    public ReadOnlySpan<int> Terms => _numbers.AsSpan(0, _terms);

    /// <summary>Where each term's occurrences start in <see cref="Occurrences"/>, and one more for the end.</summary>
    public ReadOnlySpan<int> TermStarts => _numbers.AsSpan(_terms, _terms + 1);

    /// <summary>The occurrences of all the terms in the page's text, term after term, each term's in order.</summary>
    public ReadOnlySpan<WordAt> Occurrences => MemoryMarshal.Cast<int, WordAt>(_numbers.AsSpan(2 * _terms + 1, 2 * _occurrences));

    private int MetaOffset => 2 * _terms + 1 + 2 * _occurrences;

    /// <summary>The numbers of the metadata's terms, in the order of the terms' text.</summary>
    public ReadOnlySpan<int> MetaTerms => _numbers.AsSpan(MetaOffset, _metaTerms);

    /// <summary>Where each metadata term's places start in <see cref="MetaPlaces"/>, and one more for the end.</summary>
    public ReadOnlySpan<int> MetaStarts => _numbers.AsSpan(MetaOffset + _metaTerms, _metaTerms + 1);

    /// <summary>The places of each metadata term in turn, each term's in the order of <see cref="SearchPage.MetaWords"/>.</summary>
    public ReadOnlySpan<MetaPlace> MetaPlaces => MemoryMarshal.Cast<int, MetaPlace>(_numbers.AsSpan(MetaOffset + 2 * _metaTerms + 1, 2 * _metaPlaces));
}

/// <summary>Where a metadata term is: its position among the words of a field, the field's place in <see cref="IndexedPage.MetaFields"/>.</summary>
public readonly record struct MetaPlace(int Position, int Field);
