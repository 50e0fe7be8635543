using System.Collections.Concurrent;

namespace Wsis.Search;

/// <summary>
/// The search term of each word seen, kept for the whole build: most of a site's 800,000 words are a few thousand
/// distinct ones, so each is stemmed once. Safe to use from several threads at once.
/// </summary>
public sealed class SearchTerms
{
    private readonly ConcurrentDictionary<string, string> _stemmed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _unstemmed = new(StringComparer.Ordinal);

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
