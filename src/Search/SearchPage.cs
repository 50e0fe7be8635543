using System.Collections.Immutable;

namespace Wsis.Search;

/// <summary>
/// What the search index holds of one page, as Pagefind 1.5 would read it from the page: its URL, its text as shown in
/// results, its words with their positions and weights, its filters, metadata and anchors.
/// </summary>
public sealed record SearchPage
{
    /// <summary>The page's address from the site's root, as Pagefind gives it ("/action-lines/c5/", "/").</summary>
    public required string Url { get; init; }

    /// <summary>The language of the page's html element, lower-cased, or "unknown".</summary>
    public required string Language { get; init; }

    /// <summary>Whether the page has a data-pagefind-body element (then only such pages are indexed, as Pagefind does).</summary>
    public required bool HasBody { get; init; }

    public required string Content { get; init; }

    public required int WordCount { get; init; }

    /// <summary>The page's terms (stemmed words in lower case), sorted, each once.</summary>
    /// <remarks>
    /// Kept as three flat arrays rather than a list per term: 4,000 pages hold some 400,000 terms until the index is
    /// written, and so many small objects kept alive made the collector's work most of the index's cost (docs/speed.md).
    /// </remarks>
    public required ImmutableArray<string> Terms { get; init; }

    /// <summary>Each term's number for the build (<see cref="SearchTerms.Numbers"/>), in the order of <see cref="Terms"/>.</summary>
    public required ImmutableArray<int> TermNumbers { get; init; }

    /// <summary>Where each term's occurrences start in <see cref="Occurrences"/>, and one more for the end.</summary>
    public required ImmutableArray<int> TermStarts { get; init; }

    /// <summary>The occurrences of all the terms in <see cref="Content"/>, term after term, each term's in order.</summary>
    public required ImmutableArray<WordAt> Occurrences { get; init; }

    /// <summary>Filter name to its values, in the order the page gives them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; }

    public required IReadOnlyDictionary<string, string> Meta { get; init; }

    /// <summary>Each term of the metadata's words with the fields and positions (among the field's words) where it is.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Field, int Position)>> MetaWords { get; init; }

    public required IReadOnlyList<SearchAnchor> Anchors { get; init; }

    /// <summary>Where the term occurs in the content; empty when it does not.</summary>
    public ReadOnlySpan<WordAt> At(string term)
    {
        var i = Index(term);
        return i < 0 ? [] : Occurrences.AsSpan(TermStarts[i], TermStarts[i + 1] - TermStarts[i]);
    }

    /// <summary>The term's place in <see cref="Terms"/>, or a negative number when the page does not have it.</summary>
    public int Index(string term) => Terms.AsSpan().BinarySearch(term, StringComparer.Ordinal);
}

/// <summary>One occurrence of a word: its position among the words of the content, and its weight (24 is normal).</summary>
public readonly record struct WordAt(int Position, int Weight);

/// <summary>An element with an id inside the indexed text, so that results can link to it.</summary>
public sealed record SearchAnchor(string Element, string Id, string Text, int Location);
