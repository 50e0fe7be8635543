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

    public sealed record Result(string Content, int WordCount, string[] Terms, int[] TermStarts, WordAt[] Occurrences, IReadOnlyList<SearchAnchor> Anchors);

    public static Result Split(string text, string language, IReadOnlyDictionary<string, StringBuilder> anchorText, SearchTerms known)
    {
        var stem = Stemming(language);
        var words = new Dictionary<string, List<WordAt>>(StringComparer.Ordinal);
        var anchors = new List<SearchAnchor>();
        var content = new StringBuilder(text.Length);
        var weights = new Stack<int>();
        weights.Push(NormalWeight);
        var position = 0;
        Span<char> buffer = stackalloc char[256];
        foreach (var range in text.AsSpan().SplitAny(WhiteSpace))
        {
            var word = text.AsSpan(range);
            if (word.IsEmpty) continue;
            if (word[0] == '\uE000')
            {
                Marker(word.ToString(), position, weights, anchors, anchorText);
                continue;
            }
            var shown = word.Contains('\u200B') ? word.ToString().Replace("\u200B", "").AsSpan() : word;
            if (shown.Length == 0) continue;
            content.Append(shown).Append(' ');
            var weight = weights.Peek();
            var letters = Text.Letters(shown, shown.Length <= buffer.Length ? buffer : new char[shown.Length]);
            if (letters.Length > 0)
            {
                Add(words, known.Of(letters, language), position, weight);
                if (letters.Length != shown.Length) AddParts(words, stem, shown.ToString(), position, weight);
            }
            position++;
        }
        if (content.Length > 0) content.Length--;
        var terms = words.Keys.ToArray();
        Array.Sort(terms, StringComparer.Ordinal);
        var starts = new int[terms.Length + 1];
        var occurrences = new WordAt[words.Values.Sum(w => w.Count)];
        for (var i = 0; i < terms.Length; i++)
        {
            var at = words[terms[i]];
            at.CopyTo(occurrences, starts[i]);
            starts[i + 1] = starts[i] + at.Count;
        }
        return new Result(content.ToString(), Math.Max(position, 1), terms, starts, occurrences, anchors);
    }

    /// <summary>The terms of the metadata's words (Pagefind 1.5 indexes them too): a position for each word, as in the text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Field, int Position)>> OfMeta(IReadOnlyDictionary<string, string> meta, string language, SearchTerms terms)
    {
        var words = new Dictionary<string, List<(string Field, int Position)>>(StringComparer.Ordinal);
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
                    var term = terms.Of(letters, language);
                    if (!words.TryGetValue(term, out var at)) words[term] = at = [];
                    at.Add((field, position));
                }
                position++;
            }
        }
        return words.ToDictionary(w => w.Key, w => (IReadOnlyList<(string, int)>)w.Value, StringComparer.Ordinal);
    }

    /// <summary>How a word's letters become its search term in this language: stemmed for English, as they are otherwise.</summary>
    public static Func<string, string> Stemming(string language) =>
        language.Split('-')[0] == "en" ? EnglishStemmer.Stem : static w => w;

    /// <summary>Whether this language's words are stemmed here, and so whether Pagefind's stemming WebAssembly for it is used.</summary>
    public static bool Stems(string language) => language.Split('-')[0] == "en";

    private static readonly System.Buffers.SearchValues<char> WhiteSpace =
        System.Buffers.SearchValues.Create([.. Enumerable.Range(0, 0x3001).Select(c => (char)c).Where(char.IsWhiteSpace)]);

    private static void Add(Dictionary<string, List<WordAt>> words, string term, int position, int weight)
    {
        if (!words.TryGetValue(term, out var at)) words[term] = at = [];
        at.Add(new WordAt(position, weight));
    }

    // Pagefind files the parts of a word joined by punctuation at weight / number of parts, parts of one character left out.
    private static void AddParts(Dictionary<string, List<WordAt>> words, Func<string, string> stem, string word, int position, int weight)
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
        foreach (var p in parts.Where(p => p.Length > 1)) Add(words, stem(p), position, share);
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
