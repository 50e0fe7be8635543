using System.Collections.Concurrent;

namespace Wsis.Search;

/// <summary>
/// The search term of each word seen, kept for the whole build: most of a site's 800,000 words are a few thousand
/// distinct ones, so each is stemmed once. Each term also has a number, by which the index keeps a page's terms until
/// the last page is in (<see cref="IndexedPage"/>). Safe to use from several threads at once.
/// </summary>
public sealed class SearchTerms
{
    private readonly ConcurrentDictionary<string, string> _stemmed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _unstemmed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _numbers = new(StringComparer.Ordinal);
    private readonly List<string> _numbered = [];

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

    /// <summary>
    /// The term's number: given in the order terms are first asked for, which differs from build to build when pages
    /// are read in parallel, so nothing written may follow it (the index orders terms by their text).
    /// </summary>
    public int Number(string term)
    {
        if (_numbers.TryGetValue(term, out var number)) return number;
        lock (_numbered)
        {
            if (_numbers.TryGetValue(term, out number)) return number;
            number = _numbered.Count;
            _numbered.Add(term);
            _numbers[term] = number;
            return number;
        }
    }

    /// <summary>Every term numbered so far, each at its number.</summary>
    public string[] Numbered()
    {
        lock (_numbered) return [.. _numbered];
    }
}
