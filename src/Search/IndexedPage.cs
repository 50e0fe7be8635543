using System.Collections.Immutable;

namespace Wsis.Search;

/// <summary>
/// A page as the index keeps it until the last page is in: its words and its metadata's words as flat arrays, its
/// filters and metadata fields, and its fragment (what a result shows: URL, text, metadata, anchors) already made, hashed
/// and compressed; its text is not kept, as it is in the fragment.
/// </summary>
/// <remarks>
/// Flat arrays rather than the dictionaries and lists of <see cref="SearchPage"/>: 4,000 pages' worth of small objects,
/// alive until the last page, were marked again by every full collection during the render (docs/speed.md).
/// </remarks>
public sealed record IndexedPage
{
    public required string Url { get; init; }

    public required string Language { get; init; }

    public required bool HasBody { get; init; }

    public required int WordCount { get; init; }

    /// <summary>As <see cref="SearchPage.Terms"/>, <see cref="SearchPage.TermStarts"/> and <see cref="SearchPage.Occurrences"/>.</summary>
    public required ImmutableArray<string> Terms { get; init; }

    public required ImmutableArray<int> TermStarts { get; init; }

    public required ImmutableArray<WordAt> Occurrences { get; init; }

    /// <summary>The terms of the metadata's words, sorted; where each one's places start in <see cref="MetaAt"/>, and one more for the end.</summary>
    public required ImmutableArray<string> MetaTerms { get; init; }

    public required ImmutableArray<int> MetaStarts { get; init; }

    /// <summary>The fields and positions of each metadata term in turn, each term's in the order of <see cref="SearchPage.MetaWords"/>.</summary>
    public required ImmutableArray<(string Field, int Position)> MetaAt { get; init; }

    /// <summary>The names of the page's metadata fields.</summary>
    public required ImmutableArray<string> MetaFields { get; init; }

    /// <summary>Each filter with each of its values.</summary>
    public required ImmutableArray<(string Filter, string Value)> Filters { get; init; }

    /// <summary>The SHA-1 of the fragment's JSON, as Pagefind writes it (see <see cref="SearchIndexWriter"/>).</summary>
    public required string FragmentHash { get; init; }

    /// <summary>The fragment's file: gzipped, behind Pagefind's signature.</summary>
    public required byte[] Fragment { get; init; }
}
