using System.Runtime.InteropServices;

namespace Wsis.Search;

/// <summary>
/// A page as the index keeps it until the last page is in: its terms, its metadata's terms, fields and filters by their
/// numbers (<see cref="SearchTerms"/>), with where each term occurs, all in one array of numbers; and its fragment (what
/// a result shows: URL, text, metadata, anchors) already made, hashed and compressed. Its text is not kept, as it is in
/// the fragment.
/// </summary>
/// <remarks>
/// One array of numbers rather than an array of terms, of filters and of fields and five more beside them: pages are
/// kept from the moment they are read to the end of the render, so every collection meanwhile copied them to an older
/// generation and followed each string a page held, which doubled the collector's pauses while the pages were being
/// read (docs/speed.md, tenth pass).
/// </remarks>
public sealed class IndexedPage
{
    public required string Url { get; init; }

    public required string Language { get; init; }

    public required bool HasBody { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The SHA-1 of the fragment's JSON, as Pagefind writes it (see <see cref="SearchIndexWriter"/>).</summary>
    public required string FragmentHash { get; init; }

    /// <summary>The fragment's file: gzipped, behind Pagefind's signature.</summary>
    public required byte[] Fragment { get; init; }

    // In turn: the terms' numbers, in the order of the terms' text; where each term's occurrences start, and one more for
    // the end; the occurrences, two numbers each; the same three for the metadata's terms, whose places are two numbers
    // each too; the metadata's fields; the filters.
    private readonly int[] _numbers;
    private readonly int _terms, _occurrences, _metaTerms, _metaPlaces, _fields, _filters;

    public IndexedPage(ReadOnlySpan<int> terms, ReadOnlySpan<int> termStarts, ReadOnlySpan<WordAt> occurrences,
        ReadOnlySpan<int> metaTerms, ReadOnlySpan<int> metaStarts, ReadOnlySpan<MetaPlace> metaPlaces, ReadOnlySpan<int> fields, ReadOnlySpan<int> filters)
    {
        if (termStarts.Length != terms.Length + 1 || metaStarts.Length != metaTerms.Length + 1)
            throw new ArgumentException("Each list of terms needs one start more than it has terms.");
        (_terms, _occurrences, _metaTerms, _metaPlaces, _fields, _filters) = (terms.Length, occurrences.Length, metaTerms.Length, metaPlaces.Length, fields.Length, filters.Length);
        _numbers = new int[FiltersOffset + _filters];
        var rest = _numbers.AsSpan();
        Put(ref rest, terms);
        Put(ref rest, termStarts);
        Put(ref rest, MemoryMarshal.Cast<WordAt, int>(occurrences));
        Put(ref rest, metaTerms);
        Put(ref rest, metaStarts);
        Put(ref rest, MemoryMarshal.Cast<MetaPlace, int>(metaPlaces));
        Put(ref rest, fields);
        Put(ref rest, filters);
    }

    private static void Put(ref Span<int> rest, ReadOnlySpan<int> numbers)
    {
        numbers.CopyTo(rest);
        rest = rest[numbers.Length..];
    }

    /// <summary>The numbers of the page's terms (<see cref="SearchTerms.Numbers"/>), in the order of the terms' text, each once.</summary>
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
    public ReadOnlySpan<MetaPlace> MetaPlaces => MemoryMarshal.Cast<int, MetaPlace>(_numbers.AsSpan(FieldsOffset - 2 * _metaPlaces, 2 * _metaPlaces));

    private int FieldsOffset => MetaOffset + 2 * _metaTerms + 1 + 2 * _metaPlaces;

    /// <summary>The numbers of the page's metadata fields (<see cref="SearchTerms.Fields"/>).</summary>
    public ReadOnlySpan<int> Fields => _numbers.AsSpan(FieldsOffset, _fields);

    private int FiltersOffset => FieldsOffset + _fields;

    /// <summary>The numbers of the page's filters, each with one of its values (<see cref="SearchTerms.Filters"/>), in the page's order.</summary>
    public ReadOnlySpan<int> Filters => _numbers.AsSpan(FiltersOffset, _filters);
}

/// <summary>Where a metadata term is: its position among the words of a field, and the field's number (<see cref="SearchTerms.Fields"/>).</summary>
public readonly record struct MetaPlace(int Position, int Field);
