using System.Globalization;
using System.Text;

namespace Wsis.Search;

/// <summary>
/// Splits a page's text into the words Pagefind indexes: one position per white-space-separated word; each word in lower
/// case without punctuation, stemmed for English; a word joined by punctuation ("cyber-crime", "2016-2019") also
/// filed under each part of two or more characters, at a share of its weight. Weights come from markers the reader put
/// in the text (headings, data-pagefind-weight), and so do anchors; neither takes a position.
/// </summary>
public static class SearchWords
{
    // Markers inside the text, starting with a character no page has (a private-use one), so they never meet a real word.
    public const string AnchorMarker = "\uE000A";
    public const string WeightMarker = "\uE000W";
    public const string AutoWeightMarker = "\uE000U";
    public const string EndWeightMarker = "\uE000E";

    /// <summary>The weight of ordinary text, Pagefind's 1.0 × 24.</summary>
    public const int NormalWeight = 24;

    /// <param name="TermNumbers">Each of <paramref name="Terms"/>' numbers (<see cref="SearchTerms.Numbers"/>).</param>
    public sealed record Result(string Content, int WordCount, string[] Terms, int[] TermNumbers, int[] TermStarts, WordAt[] Occurrences, IReadOnlyList<SearchAnchor> Anchors);

    /// <summary>What splitting a page's words works in, used again for the next page.</summary>
    public sealed class Buffers
    {
        // Each occurrence with its term's number in order of first use on the page, sorted by term at the end (rather than
        // a list per term, which was most of what a page's words allocated); the terms in that order.
        internal readonly List<(int Term, WordAt At)> Found = [];
        internal readonly List<Seen> Terms = [];
        internal readonly TextBuffer Content = new(8 * 1024);
        // Scratch for putting a page's terms in order, grown as needed: made anew for each page, they were a fifth of
        // what splitting a page allocated.
        internal ulong[] Keys = [];
        internal int[] Order = [], Rank = [], Next = [];

        internal static Span<T> Scratch<T>(ref T[] array, int length)
        {
            if (array.Length < length) array = new T[Math.Max(length, 2 * array.Length)];
            return array.AsSpan(0, length);
        }

        // The term of each word these buffers' pages have had, kept from page to page, with its number on the page being
        // split: one lookup a word, where the shared, thread-safe dictionary of all terms and then a page's own dictionary
        // of numbers were two (a tenth of splitting). The shared one is asked only for a word not seen here yet.
        private readonly Dictionary<string, Seen>.AlternateLookup<ReadOnlySpan<char>> _stemmed =
            new Dictionary<string, Seen>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        private readonly Dictionary<string, Seen>.AlternateLookup<ReadOnlySpan<char>> _unstemmed =
            new Dictionary<string, Seen>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // One for each term, whichever words have it ("connected", "connect"), so they share its number on a page.
        private readonly Dictionary<string, Seen> _terms = new(StringComparer.Ordinal);
        private int _page;
        // The terms' numbers are those of one build's terms: buffers used with other terms forget what they had seen.
        private SearchTerms? _known;

        internal void Use(SearchTerms known)
        {
            if (ReferenceEquals(known, _known)) return;
            (_known, _page) = (known, _page + 1);
            _stemmed.Dictionary.Clear();
            _unstemmed.Dictionary.Clear();
            _terms.Clear();
        }

        // A term with its number for the build, and its number on the page with that stamp.
        internal sealed class Seen(string term, int number)
        {
            public readonly string Term = term;
            public readonly int BuildNumber = number;
            public int Page = -1;
            public int Number;
        }

        /// <summary>Files an occurrence of a word (its letters, <see cref="Text.Letters"/>) under its term.</summary>
        internal void Add(ReadOnlySpan<char> letters, bool stems, SearchTerms known, WordAt at)
        {
            var seen = Lookup(letters, stems, known);
            if (seen.Page != _page)
            {
                (seen.Page, seen.Number) = (_page, Terms.Count);
                Terms.Add(seen);
            }
            Found.Add((seen.Number, at));
        }

        /// <summary>The term of a word's letters.</summary>
        internal string Term(ReadOnlySpan<char> letters, bool stems, SearchTerms known) => Lookup(letters, stems, known).Term;

        private Seen Lookup(ReadOnlySpan<char> letters, bool stems, SearchTerms known)
        {
            var words = stems ? _stemmed : _unstemmed;
            if (words.TryGetValue(letters, out var seen)) return seen;
            var term = known.Of(letters, stems);
            if (!_terms.TryGetValue(term, out seen)) _terms.Add(term, seen = new Seen(term, known.Numbers.Of(term)));
            words.TryAdd(letters, seen);
            return seen;
        }

        // A site's words are a few tens of thousands of distinct ones; buffers that have seen more (pages of random
        // strings) are not kept.
        private const int MaxWordsSeen = 1 << 16;

        /// <summary>Ready for the next page; false when they grew too large to keep.</summary>
        public bool Reset()
        {
            _page++;
            Terms.Clear();
            Found.Clear();
            Content.Truncate(0);
            return Found.Capacity <= 1 << 18 && Content.Capacity <= 1 << 20 && _stemmed.Dictionary.Count + _unstemmed.Dictionary.Count <= MaxWordsSeen;
        }
    }

    public static Result Split(ReadOnlySpan<char> text, string language, IReadOnlyDictionary<string, StringBuilder> anchorText, SearchTerms known, Buffers buffers)
    {
        var stems = Stems(language);
        buffers.Reset();
        buffers.Use(known);
        var (found, content) = (buffers.Found, buffers.Content);
        var anchors = new List<SearchAnchor>();
        var weights = new Stack<int>();
        weights.Push(NormalWeight);
        var position = 0;
        Span<char> buffer = stackalloc char[256];
        // Looked for once in the page rather than in each word: most pages have none.
        var zeroWidth = text.Contains('\u200B');
        foreach (var range in text.SplitAny(WhiteSpace))
        {
            var word = text[range];
            if (word.IsEmpty) continue;
            if (word[0] == '\uE000')
            {
                Marker(word.ToString(), position, weights, anchors, anchorText);
                continue;
            }
            var shown = zeroWidth && word.Contains('\u200B') ? word.ToString().Replace("\u200B", "").AsSpan() : word;
            if (shown.Length == 0) continue;
            content.Append(shown).Append(' ');
            var weight = weights.Peek();
            var letters = Text.Letters(shown, shown.Length <= buffer.Length ? buffer : new char[shown.Length]);
            if (letters.Length > 0)
            {
                buffers.Add(letters, stems, known, new WordAt(position, weight));
                if (letters.Length != shown.Length) AddParts(shown, stems, known, buffers, position, weight, buffer);
            }
            position++;
        }
        if (content.Length > 0) content.Truncate(content.Length - 1);

        var (terms, numbers) = OrdinalOrder(buffers);
        var order = buffers.Order.AsSpan(0, terms.Length);
        var rank = Buffers.Scratch(ref buffers.Rank, terms.Length);
        for (var i = 0; i < order.Length; i++) rank[order[i]] = i;
        var starts = new int[terms.Length + 1];
        foreach (var (term, _) in found) starts[rank[term] + 1]++;
        for (var i = 0; i < terms.Length; i++) starts[i + 1] += starts[i];
        var next = Buffers.Scratch(ref buffers.Next, terms.Length);
        starts.AsSpan(0, terms.Length).CopyTo(next);
        var occurrences = new WordAt[found.Count];
        foreach (var (term, at) in found) occurrences[next[rank[term]]++] = at;
        return new Result(content.ToString(), Math.Max(position, 1), terms, numbers, starts, occurrences, anchors);
    }

    /// <summary>
    /// The terms in ordinal order and their numbers for the build; for each place the number the term had before is left
    /// in the buffers' Order. Sorted by their first four
    /// characters packed in a number, and only terms that share those by comparing them: sorting with a string comparer
    /// was a quarter of splitting a page's words (docs/speed.md).
    /// </summary>
    private static (string[] Sorted, int[] Numbers) OrdinalOrder(Buffers buffers)
    {
        var terms = buffers.Terms;
        var keys = Buffers.Scratch(ref buffers.Keys, terms.Count);
        var order = Buffers.Scratch(ref buffers.Order, terms.Count);
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i].Term;
            ulong key = 0;
            for (var c = 0; c < 4; c++) key = key << 16 | (c < term.Length ? term[c] : 0u);
            (keys[i], order[i]) = (key, i);
        }
        keys.Sort(order);
        // Equal keys: terms with the same first four characters, put in order among themselves.
        for (var start = 0; start < keys.Length;)
        {
            var end = start + 1;
            while (end < keys.Length && keys[end] == keys[start]) end++;
            if (end - start > 1) order.Slice(start, end - start).Sort((a, b) => string.CompareOrdinal(terms[a].Term, terms[b].Term));
            start = end;
        }
        var sorted = new string[terms.Count];
        var numbers = new int[terms.Count];
        for (var i = 0; i < order.Length; i++) (sorted[i], numbers[i]) = (terms[order[i]].Term, terms[order[i]].BuildNumber);
        return (sorted, numbers);
    }

    /// <summary>The terms of the metadata's words (Pagefind 1.5 indexes them too): a position for each word, as in the text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Field, int Position)>> OfMeta(IReadOnlyDictionary<string, string> meta, string language, SearchTerms terms, Buffers buffers)
    {
        // Its lists are made as the lists it gives: copied into a dictionary of read-only lists, they were a third of
        // what reading a page's metadata allocated.
        var words = new Dictionary<string, IReadOnlyList<(string Field, int Position)>>(StringComparer.Ordinal);
        buffers.Use(terms);
        var stems = Stems(language);
        Span<char> buffer = stackalloc char[256];
        foreach (var (field, value) in meta)
        {
            var position = 0;
            foreach (var range in value.AsSpan().SplitAny(WhiteSpace))
            {
                var word = value.AsSpan(range);
                if (word.IsEmpty) continue;
                var letters = Text.Letters(word, word.Length <= buffer.Length ? buffer : new char[word.Length]);
                if (letters.Length > 0)
                {
                    var term = buffers.Term(letters, stems, terms);
                    if (!words.TryGetValue(term, out var at)) words[term] = at = new List<(string Field, int Position)>(1);
                    ((List<(string Field, int Position)>)at).Add((field, position));
                }
                position++;
            }
        }
        return words;
    }

    /// <summary>Whether this language's words are stemmed here, and so whether Pagefind's stemming WebAssembly for it is used.</summary>
    public static bool Stems(string language) => language.Split('-')[0] == "en";

    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x3001).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    // Pagefind files the parts of a word joined by punctuation at weight / number of parts, parts of one character left out.
    private static void AddParts(ReadOnlySpan<char> word, bool stems, SearchTerms known, Buffers buffers, int position, int weight, Span<char> buffer)
    {
        if (!System.Text.Ascii.IsValid(word) || word.Length > buffer.Length)
        {
            AddPartsOfAny(word.ToString(), stems, known, buffers, position, weight);
            return;
        }
        // In ASCII a part is a run of letters and digits ("_" joins words for a term but not for its parts).
        var count = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(word[i]) && (i == 0 || !char.IsAsciiLetterOrDigit(word[i - 1]))) count++;
        }
        if (count == 0) return;
        var share = weight == 0 ? 0 : Math.Max(1, weight / count);
        for (var i = 0; i < word.Length;)
        {
            if (!char.IsAsciiLetterOrDigit(word[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < word.Length && char.IsAsciiLetterOrDigit(word[i])) i++;
            if (i - start < 2) continue;
            var part = buffer[..(i - start)];
            word[start..i].ToLowerInvariant(part);
            buffers.Add(part, stems, known, new WordAt(position, share));
        }
    }

    private static void AddPartsOfAny(string word, bool stems, SearchTerms known, Buffers buffers, int position, int weight)
    {
        var parts = new List<string>();
        var part = new StringBuilder();
        foreach (var rune in word.EnumerateRunes())
        {
            if (Text.IsWordPart(rune) && Rune.GetUnicodeCategory(rune) != UnicodeCategory.ConnectorPunctuation)
            {
                part.Append(Rune.ToLowerInvariant(rune).ToString());
                continue;
            }
            if (part.Length > 0) parts.Add(part.ToString());
            part.Clear();
        }
        if (part.Length > 0) parts.Add(part.ToString());
        if (parts.Count == 0) return;
        var share = weight == 0 ? 0 : Math.Max(1, weight / parts.Count);
        foreach (var p in parts.Where(p => p.Length > 1)) buffers.Add(p, stems, known, new WordAt(position, share));
    }

    private static void Marker(string marker, int position, Stack<int> weights, List<SearchAnchor> anchors, IReadOnlyDictionary<string, StringBuilder> anchorText)
    {
        if (marker.StartsWith(AnchorMarker, StringComparison.Ordinal))
        {
            var rest = marker[AnchorMarker.Length..];
            var colon = rest.IndexOf(':');
            if (colon < 0) return;
            var anchorId = rest[(colon + 1)..];
            var idColon = anchorId.IndexOf(':');
            if (idColon < 0) return;
            var text = anchorText.TryGetValue(anchorId, out var t) ? Text.Normalize(Text.Normalize(t.ToString())) : "";
            anchors.Add(new SearchAnchor(rest[..colon], anchorId[(idColon + 1)..], text, position));
        }
        else if (marker.StartsWith(WeightMarker, StringComparison.Ordinal))
        {
            var weight = Number(marker[WeightMarker.Length..]);
            weights.Push(weight <= 0 ? 0 : Math.Max(1, (int)(Math.Clamp(weight, 0, 10) * NormalWeight)));
        }
        else if (marker.StartsWith(AutoWeightMarker, StringComparison.Ordinal))
        {
            // A heading's own weight, unless it is inside an element given a weight of its own.
            weights.Push(weights.Count == 1 ? (int)(Math.Clamp(Number(marker[AutoWeightMarker.Length..]), 0, 10) * NormalWeight) : weights.Peek());
        }
        else if (marker.StartsWith(EndWeightMarker, StringComparison.Ordinal) && weights.Count > 1)
        {
            weights.Pop();
        }
    }

    private static float Number(string text) =>
        float.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 1f;
}
