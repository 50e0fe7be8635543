using System.Collections.Concurrent;

namespace Wsis.Search;

/// <summary>
/// The search term of each word seen, kept for the whole build: most of a site's 800,000 words are a few thousand
/// distinct ones, so each is stemmed once. Each term, each metadata field and each filter's value also has a number, by
/// which the index keeps a page until the last page is in (<see cref="IndexedPage"/>). Safe to use from several threads
/// at once.
/// </summary>
public sealed class SearchTerms
{
    private readonly ConcurrentDictionary<string, string> _stemmed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _unstemmed = new(StringComparer.Ordinal);

    /// <summary>The terms by number (<see cref="Numbering{T}"/>).</summary>
    public Numbering<string> Numbers { get; } = new(StringComparer.Ordinal);

    /// <summary>The pages' metadata fields by number.</summary>
    public Numbering<string> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>Each filter with one of its values, by number.</summary>
    public Numbering<(string Filter, string Value)> Filters { get; } = new(EqualityComparer<(string, string)>.Default);

    /// <summary>The term of a word's letters (<see cref="Text.Letters"/>) in a page of this language.</summary>
    public string Of(ReadOnlySpan<char> letters, string language) => Of(letters, SearchWords.Stems(language));

    /// <summary>The term of a word's letters, stemmed or not (<see cref="SearchWords.Stems"/> of the page's language).</summary>
    public string Of(ReadOnlySpan<char> letters, bool stems)
    {
        var known = (stems ? _stemmed : _unstemmed).GetAlternateLookup<ReadOnlySpan<char>>();
        if (known.TryGetValue(letters, out var term)) return term;
        var word = letters.ToString();
        term = stems ? EnglishStemmer.Stem(word) : word;
        known.TryAdd(letters, term);
        return term;
    }
}

/// <summary>
/// A number for each distinct value, given in the order values are first asked for: that differs from build to build
/// when pages are read in parallel, so nothing written may follow it (the index orders what it writes by the values).
/// Safe to use from several threads at once.
/// </summary>
public sealed class Numbering<T>(IEqualityComparer<T> comparer) where T : notnull
{
    private readonly ConcurrentDictionary<T, int> _numbers = new(comparer);
    private readonly List<T> _values = [];

    public int Of(T value)
    {
        if (_numbers.TryGetValue(value, out var number)) return number;
        lock (_values)
        {
            if (_numbers.TryGetValue(value, out number)) return number;
            number = _values.Count;
            _values.Add(value);
            _numbers[value] = number;
            return number;
        }
    }

    /// <summary>Every value numbered so far, each at its number.</summary>
    public T[] All()
    {
        lock (_values) return [.. _values];
    }
}
