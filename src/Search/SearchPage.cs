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

    /// <summary>Each indexed word (stemmed, lower case) with its occurrences in <see cref="Content"/>, in order.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<WordAt>> Words { get; init; }

    /// <summary>Filter name to its values, in the order the page gives them.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; }

    public required IReadOnlyDictionary<string, string> Meta { get; init; }

    /// <summary>Each term of the metadata's words with the fields and positions (among the field's words) where it is.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<(string Field, int Position)>> MetaWords { get; init; }

    public required IReadOnlyList<SearchAnchor> Anchors { get; init; }
}

/// <summary>One occurrence of a word: its position among the words of the content, and its weight (24 is normal).</summary>
public readonly record struct WordAt(int Position, int Weight);

/// <summary>An element with an id inside the indexed text, so that results can link to it.</summary>
public sealed record SearchAnchor(string Element, string Id, string Text, int Location);
