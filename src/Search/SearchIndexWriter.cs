using System.Buffers;
using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using Wsis.Render;

namespace Wsis.Search;

/// <summary>
/// Writes a Pagefind 1.5 index (the files of pagefind/ that Pagefind's own pagefind.js and WebAssembly read) from the
/// pages as <see cref="SearchPageReader"/> read them: for each language a pf_meta, the word index in chunks, one file per
/// filter and one fragment per page, each gzipped behind Pagefind's "pagefind_dcd" signature and named from the hash of
/// its content, and pagefind-entry.json.
/// </summary>
/// <remarks>
/// Pages are numbered in the order of their URLs, so the same pages give the same files. The format is the one Pagefind
/// 1.5.2 writes (read from its output): page numbers and positions stored as differences from the previous one; a
/// word's positions grouped by weight, each group led by -(weight + 1); the words of each metadata field indexed as
/// well, led by -(field + 1); a word with accents filed under its form without them.
/// </remarks>
public static class SearchIndexWriter
{
    private const int ChunkSize = 20000;
    private static readonly byte[] Signature = "pagefind_dcd"u8.ToArray();

    /// <summary>
    /// The index files for these pages, at their paths in the site, each handed to write (from several threads at once) as
    /// soon as it is made: the pages' fragments first, written while the word index is made from the pages. Entry is
    /// Pagefind's own pagefind-entry.json (for its version and word characters); terms, those the pages were read with.
    /// </summary>
    public static void Write(IReadOnlyCollection<IndexedPage> all, SearchTerms terms, PagefindEntry entry, Action<OutputFile> write)
    {
        var numbered = new Numbered(terms.Numbers.All(), terms.Fields.All(), terms.Filters.All());
        var pages = all.Any(p => p.HasBody) ? all.Where(p => p.HasBody) : all;
        var languages = new SortedDictionary<string, (string Hash, int Count)>(StringComparer.Ordinal);
        foreach (var group in pages.GroupBy(p => p.Language).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(p => p.Url, StringComparer.Ordinal).ToList();
            var hash = Language(group.Key, ordered, numbered, entry.Version, write);
            languages[group.Key] = (hash, ordered.Count);
        }
        using var json = new JsonText(1024);
        json.Raw("{\"version\":"u8).String(entry.Version).Raw(",\"languages\":{"u8);
        var first = true;
        foreach (var (language, (hash, count)) in languages)
        {
            if (!first) json.Raw(","u8);
            first = false;
            json.String(language).Raw(":{\"hash\":"u8).String(hash).Raw(",\"wasm\":"u8);
            if (SearchWords.Stems(language)) json.String(language.Split('-')[0]);
            else json.Raw("null"u8);
            json.Raw(",\"page_count\":"u8).Number(count).Raw("}"u8);
        }
        json.Raw("},\"include_characters\":"u8).Raw(entry.IncludeCharacters).Raw("}"u8);
        write(new OutputFile("pagefind/pagefind-entry.json", json.Utf8.ToArray()));
    }

    /// <summary>
    /// The page as the index keeps it, its fragment made now: on the thread that read the page, while the site is still
    /// being rendered, rather than all at the end; and its text dropped. Terms: those the page was read with.
    /// </summary>
    public static IndexedPage Index(SearchPage page, SearchTerms terms)
    {
        using var json = Fragment(page);
        // Plain loops over the page's few metadata terms, fields and filters: as LINQ over its dictionaries they were
        // a quarter of indexing a page, fragment and compression aside (docs/speed.md, eleventh pass).
        var metaTerms = new string[page.MetaWords.Count];
        var count = 0;
        foreach (var term in page.MetaWords.Keys) metaTerms[count++] = term;
        Array.Sort(metaTerms, StringComparer.Ordinal);
        var metaNumbers = new int[metaTerms.Length];
        var metaStarts = new int[metaTerms.Length + 1];
        var places = new List<MetaPlace>();
        for (var i = 0; i < metaTerms.Length; i++)
        {
            (metaNumbers[i], metaStarts[i]) = (terms.Numbers.Of(metaTerms[i]), places.Count);
            var at = page.MetaWords[metaTerms[i]];
            for (var j = 0; j < at.Count; j++) places.Add(new MetaPlace(at[j].Position, terms.Fields.Of(at[j].Field)));
        }
        metaStarts[^1] = places.Count;
        var fields = new int[page.Meta.Count];
        count = 0;
        foreach (var field in page.Meta.Keys) fields[count++] = terms.Fields.Of(field);
        var filters = new List<int>();
        foreach (var (filter, values) in page.Filters)
        {
            for (var i = 0; i < values.Count; i++) filters.Add(terms.Filters.Of((filter, values[i])));
        }
        return new IndexedPage(page.TermNumbers.AsSpan(), page.TermStarts.AsSpan(), page.Occurrences.AsSpan(), metaNumbers, metaStarts,
            CollectionsMarshal.AsSpan(places), fields, CollectionsMarshal.AsSpan(filters))
        {
            Url = page.Url,
            Language = page.Language,
            HasBody = page.HasBody,
            WordCount = page.WordCount,
            FragmentHash = Sha1(json.Utf8),
            Fragment = Gzip(json.Utf8),
        };
    }

    // What the pages' numbers stand for (SearchTerms), once every page is in.
    private sealed record Numbered(string[] Terms, string[] Fields, (string Filter, string Value)[] Filters);

    // Writes one language's files and returns the name of its pf_meta.
    private static string Language(string language, List<IndexedPage> indexed, Numbered numbered, string version, Action<OutputFile> write)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var pageNames = new string[indexed.Count];
        var fragments = new List<OutputFile>(indexed.Count);
        for (var i = 0; i < indexed.Count; i++)
        {
            var (hash, fragment) = (indexed[i].FragmentHash, indexed[i].Fragment);
            var name = Name(language, hash, n => names.TryGetValue(n, out var full) && full != hash);
            if (names.TryAdd(name, hash)) fragments.Add(new OutputFile($"pagefind/fragment/{name}.pf_fragment", fragment));
            pageNames[i] = name;
        }
        // The fragments come compressed, and their files (thousands of small files, mostly the system's time) are written
        // while the word index is made.
        var metaName = "";
        Parallel.Invoke(
            () => Parallel.ForEach(fragments, write),
            () => metaName = WordIndex(language, indexed, numbered, pageNames, version, write));
        return metaName;
    }

    // Writes one language's word index, filters and pf_meta, and returns the pf_meta's name.
    private static string WordIndex(string language, List<IndexedPage> pages, Numbered numbered, string[] pageNames, string version, Action<OutputFile> write)
    {
        var files = new List<OutputFile>();

        // The fields the pages have, in the order of their names; each one's place in that order by its number.
        var used = new bool[numbered.Fields.Length];
        foreach (var page in pages)
        {
            foreach (var field in page.Fields) used[field] = true;
        }
        var metaFields = numbered.Fields.Where((_, number) => used[number]).Order(StringComparer.Ordinal).ToList();
        var fieldPlaces = numbered.Fields.Select(f => metaFields.BinarySearch(f, StringComparer.Ordinal)).ToArray();
        var words = Words(pages, numbered.Terms);
        var chunks = new List<(string From, string To, string Hash)>();
        var chunkNames = new HashSet<string>(StringComparer.Ordinal);
        var wordChunks = Chunks(words).ToList();
        var encoded = new (byte[] Bytes, string Hash)[wordChunks.Count];
        Parallel.For(0, wordChunks.Count, i =>
        {
            var cbor = new Cbor(64 * 1024).Array(1).Array(wordChunks[i].Count);
            foreach (var word in wordChunks[i]) WriteWord(cbor, word, fieldPlaces);
            var bytes = cbor.Bytes.ToArray();
            encoded[i] = (bytes, Sha1(bytes));
        });
        for (var i = 0; i < wordChunks.Count; i++)
        {
            var (chunk, (bytes, hash)) = (wordChunks[i], encoded[i]);
            var name = Name(language, hash, chunkNames.Contains);
            chunkNames.Add(name);
            files.Add(new OutputFile($"pagefind/index/{name}.pf_index", bytes));
            chunks.Add((chunk[0].Term, chunk[^1].Term, name));
        }
        for (var i = 0; i + 1 < chunks.Count; i++)
        {
            var (to, from) = Prefixes(chunks[i].To, chunks[i + 1].From);
            chunks[i] = chunks[i] with { To = to };
            chunks[i + 1] = chunks[i + 1] with { From = from };
        }

        var filters = Filters(pages, numbered.Filters);
        var filterFiles = new List<(string Filter, string Name)>();
        var filterNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (filter, values) in filters)
        {
            var cbor = new Cbor().Array(2).Text(filter).Array(values.Count);
            foreach (var (value, numbers) in values)
            {
                cbor.Array(2).Text(value).Array(numbers.Count);
                foreach (var n in numbers) cbor.Int(n);
            }
            var bytes = cbor.Bytes.ToArray();
            var name = Name(language, Sha1(bytes), filterNames.Contains);
            filterNames.Add(name);
            files.Add(new OutputFile($"pagefind/filter/{name}.pf_filter", bytes));
            filterFiles.Add((filter, name));
        }

        var meta = new Cbor().Array(6).Text(version).Array(pages.Count);
        for (var i = 0; i < pages.Count; i++) meta.Array(2).Text(pageNames[i]).Int(pages[i].WordCount);
        meta.Array(chunks.Count);
        foreach (var (from, to, hash) in chunks) meta.Array(3).Text(from).Text(to).Text(hash);
        meta.Array(filterFiles.Count);
        foreach (var (filter, name) in filterFiles) meta.Array(2).Text(filter).Text(name);
        meta.Array(0).Array(metaFields.Count);
        foreach (var field in metaFields) meta.Text(field);
        var metaBytes = meta.Bytes.ToArray();
        var metaName = $"{language}_{Sha1(metaBytes)[..(language.Length + 8)]}";
        files.Add(new OutputFile($"pagefind/pagefind.{metaName}.pf_meta", metaBytes));

        // Compressed last, on both cores.
        Parallel.ForEach(files, file => write(file with { Content = Gzip(file.Content) }));
        return metaName;
    }

    // A page that has a word: the page's number, where the word is in its content and in its metadata (each field's
    // positions). Both are taken while each page is filed in turn: written in the order of the words, every posting
    // would otherwise look its page up again, and those scattered reads were most of writing the index (docs/speed.md).
    private readonly record struct Posting(int Page, IndexedPage Source, int Start, int Count, int MetaStart, int MetaCount)
    {
        public ReadOnlySpan<WordAt> At => Source.Occurrences.Slice(Start, Count);

        public ReadOnlySpan<MetaPlace> Meta => Source.MetaPlaces.Slice(MetaStart, MetaCount);
    }

    private sealed record Word(string Term, ArraySegment<Posting> Pages, SortedDictionary<string, ArraySegment<Posting>> Variants);

    // Every word of every page (its text and its metadata), filed under its form without accents, sorted. The pages are
    // read twice, to count each term's postings and then to place them, so all postings are one array with each term's
    // together and in page order (a list per word, grown as it was filled, was most of what writing the index allocated).
    // Terms are counted and placed by their numbers; only the words made of them are put in the order of their text.
    private static List<Word> Words(List<IndexedPage> pages, string[] terms)
    {
        var counts = new int[terms.Length];
        // Per term, the last page (plus one) whose text has it, made negative once its posting there is placed; the last
        // page (plus one) whose metadata has it, and the term's place there.
        var inText = new int[terms.Length];
        var inMeta = new int[terms.Length];
        var metaIndex = new int[terms.Length];
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var term in pages[page].Terms)
            {
                counts[term]++;
                inText[term] = page + 1;
            }
            foreach (var term in pages[page].MetaTerms)
            {
                if (inText[term] != page + 1) counts[term]++;
            }
        }
        var next = new int[terms.Length];
        for (var i = 1; i < next.Length; i++) next[i] = next[i - 1] + counts[i - 1];
        var starts = next.ToArray();
        var postings = new Posting[terms.Length == 0 ? 0 : next[^1] + counts[^1]];
        for (var number = 0; number < pages.Count; number++)
        {
            var page = pages[number];
            ReadOnlySpan<int> own = page.Terms, termStarts = page.TermStarts, meta = page.MetaTerms, metaStarts = page.MetaStarts;
            for (var j = 0; j < meta.Length; j++) (inMeta[meta[j]], metaIndex[meta[j]]) = (number + 1, j);
            for (var i = 0; i < own.Length; i++)
            {
                var term = own[i];
                var (metaStart, metaCount) = inMeta[term] == number + 1
                    ? (metaStarts[metaIndex[term]], metaStarts[metaIndex[term] + 1] - metaStarts[metaIndex[term]])
                    : (0, 0);
                inText[term] = -(number + 1);
                postings[next[term]++] = new Posting(number, page, termStarts[i], termStarts[i + 1] - termStarts[i], metaStart, metaCount);
            }
            for (var j = 0; j < meta.Length; j++)
            {
                if (inText[meta[j]] != -(number + 1)) postings[next[meta[j]]++] = new Posting(number, page, 0, 0, metaStarts[j], metaStarts[j + 1] - metaStarts[j]);
            }
        }

        var words = new Dictionary<string, Word>(StringComparer.Ordinal);
        for (var number = 0; number < terms.Length; number++)
        {
            if (counts[number] == 0) continue;
            var (term, segment) = (terms[number], new ArraySegment<Posting>(postings, starts[number], counts[number]));
            var key = Text.WithoutAccents(term);
            if (!words.TryGetValue(key, out var word)) words[key] = word = new Word(key, [], new SortedDictionary<string, ArraySegment<Posting>>(StringComparer.Ordinal));
            if (key == term) words[key] = word with { Pages = segment };
            else word.Variants[term] = segment;
        }
        return [.. words.Values.OrderBy(w => w.Term, StringComparer.Ordinal)];
    }

    private static IEnumerable<List<Word>> Chunks(List<Word> words)
    {
        var chunk = new List<Word>();
        var size = 0;
        foreach (var word in words)
        {
            chunk.Add(word);
            size += Size(word.Pages);
            foreach (var variant in word.Variants.Values) size += Size(variant);
            if (size < ChunkSize) continue;
            yield return chunk;
            chunk = [];
            size = 0;
        }
        if (chunk.Count > 0) yield return chunk;
    }

    private static int Size(ReadOnlySpan<Posting> postings)
    {
        var size = 0;
        foreach (var posting in postings) size += 2 + posting.Count;
        return size;
    }

    private static void WriteWord(Cbor cbor, Word word, int[] fieldPlaces)
    {
        cbor.Array(3).Text(word.Term);
        WritePages(cbor, word.Pages, fieldPlaces);
        cbor.Array(word.Variants.Count);
        foreach (var (form, postings) in word.Variants)
        {
            cbor.Array(2).Text(form);
            WritePages(cbor, postings, fieldPlaces);
        }
    }

    private static void WritePages(Cbor cbor, ReadOnlySpan<Posting> postings, int[] fieldPlaces)
    {
        cbor.Array(postings.Length);
        Span<WordAt> buffer = stackalloc WordAt[64];
        var previous = 0;
        foreach (var posting in postings)
        {
            cbor.Array(3).Int(posting.Page - previous);
            previous = posting.Page;
            WriteLocations(cbor, posting.At);
            // Each metadata field's positions, led by -(field + 1), written as positions grouped by weight are: the
            // fields come sorted, and so their numbers.
            var meta = posting.Meta;
            if (meta.IsEmpty)
            {
                cbor.Array(0);
                continue;
            }
            var fields = meta.Length <= buffer.Length ? buffer[..meta.Length] : new WordAt[meta.Length];
            for (var i = 0; i < meta.Length; i++) fields[i] = new WordAt(meta[i].Position, fieldPlaces[meta[i].Field]);
            WriteLocations(cbor, fields);
        }
    }

    // Positions grouped by weight, lightest first, each group led by -(weight + 1) and its positions as differences,
    // each group's in their order; written without sorting a copy, as most words have one weight on a page.
    private static void WriteLocations(Cbor cbor, ReadOnlySpan<WordAt> at)
    {
        if (OneWeight(at))
        {
            cbor.Array(1 + at.Length).Int(-(at[0].Weight + 1));
            var previous = 0;
            foreach (var (position, _) in at)
            {
                cbor.Int(position - previous);
                previous = position;
            }
            return;
        }
        var groups = 0;
        for (var weight = Lightest(at, int.MinValue); weight != int.MaxValue; weight = Lightest(at, weight)) groups++;
        cbor.Array(groups + at.Length);
        for (var weight = Lightest(at, int.MinValue); weight != int.MaxValue; weight = Lightest(at, weight))
        {
            cbor.Int(-(weight + 1));
            var last = 0;
            foreach (var (position, w) in at)
            {
                if (w != weight) continue;
                cbor.Int(position - last);
                last = position;
            }
        }
    }

    private static bool OneWeight(ReadOnlySpan<WordAt> at)
    {
        if (at.IsEmpty) return false;
        foreach (var (_, weight) in at)
        {
            if (weight != at[0].Weight) return false;
        }
        return true;
    }

    // The lightest weight heavier than this one, or int.MaxValue when there is none.
    private static int Lightest(ReadOnlySpan<WordAt> at, int than)
    {
        var lightest = int.MaxValue;
        foreach (var (_, weight) in at)
        {
            if (weight > than && weight < lightest) lightest = weight;
        }
        return lightest;
    }

    // Each filter with each of its values and the pages that have it, sorted.
    private static SortedDictionary<string, SortedDictionary<string, SortedSet<int>>> Filters(List<IndexedPage> pages, (string Filter, string Value)[] numbered)
    {
        var filters = new SortedDictionary<string, SortedDictionary<string, SortedSet<int>>>(StringComparer.Ordinal);
        for (var page = 0; page < pages.Count; page++)
        {
            foreach (var number in pages[page].Filters)
            {
                var (filter, value) = numbered[number];
                if (!filters.TryGetValue(filter, out var byValue)) filters[filter] = byValue = new SortedDictionary<string, SortedSet<int>>(StringComparer.Ordinal);
                if (!byValue.TryGetValue(value, out var numbers)) byValue[value] = numbers = [];
                numbers.Add(page);
            }
        }
        return filters;
    }

    // The shortest prefixes that still tell two neighbouring chunks' last and first words apart.
    private static (string A, string B) Prefixes(string a, string b)
    {
        var common = 0;
        while (common < a.Length && common < b.Length && a[common] == b[common]) common++;
        return (a[..Math.Min(a.Length, common + 1)], b[..Math.Min(b.Length, common + 1)]);
    }

    // "en_" and the first seven hex digits of the hash, one more for each name already taken by other content.
    private static string Name(string language, string hash, Func<string, bool> taken)
    {
        var length = 7;
        var name = $"{language}_{hash[..length]}";
        while (taken(name) && length < hash.Length) name = $"{language}_{hash[..++length]}";
        return name;
    }

    // Pagefind writes each byte of the hash in hex without a leading zero ("{:x?}"), so that is what names its files.
    private static string Sha1(ReadOnlySpan<byte> bytes)
    {
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
        SHA1.HashData(bytes, hash);
        Span<char> hex = stackalloc char[2 * hash.Length];
        var length = 0;
        foreach (var b in hash)
        {
            if (b >= 16) hex[length++] = HexDigit(b >> 4);
            hex[length++] = HexDigit(b & 15);
        }
        return hex[..length].ToString();
    }

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'a' + value - 10);

    private static byte[] Gzip(ReadOnlySpan<byte> content)
    {
        // Into a pooled buffer larger than deflate can make its input, copied out once: its fastest level writes literals
        // in fixed codes of up to 9 bits, so text it cannot compress grows by up to an eighth, plus headers.
        var buffer = ArrayPool<byte>.Shared.Rent(content.Length + content.Length / 4 + Signature.Length + 1024);
        try
        {
            using var output = new MemoryStream(buffer);
            using (var gzip = new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true))
            {
                gzip.Write(Signature);
                gzip.Write(content);
            }
            return buffer.AsSpan(0, (int)output.Position).ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // The fragment as Pagefind's serde writes it: keys in this order, maps sorted.
    private static JsonText Fragment(SearchPage page)
    {
        var json = new JsonText(3 * page.Content.Length + 1024);
        json.Raw("{\"url\":"u8).String(page.Url).Raw(",\"content\":"u8).String(page.Content)
            .Raw(",\"word_count\":"u8).Number(page.WordCount).Raw(",\"filters\":{"u8);
        var first = true;
        foreach (var (filter, values) in page.Filters.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (!first) json.Raw(","u8);
            first = false;
            json.String(filter).Raw(":["u8);
            for (var i = 0; i < values.Count; i++)
            {
                if (i > 0) json.Raw(","u8);
                json.String(values[i]);
            }
            json.Raw("]"u8);
        }
        json.Raw("},\"meta\":{"u8);
        first = true;
        foreach (var (key, value) in page.Meta.OrderBy(m => m.Key, StringComparer.Ordinal))
        {
            if (!first) json.Raw(","u8);
            first = false;
            json.String(key).Raw(":"u8).String(value);
        }
        json.Raw("},\"anchors\":["u8);
        for (var i = 0; i < page.Anchors.Count; i++)
        {
            var anchor = page.Anchors[i];
            if (i > 0) json.Raw(","u8);
            json.Raw("{\"element\":"u8).String(anchor.Element).Raw(",\"id\":"u8).String(anchor.Id).Raw(",\"text\":"u8).String(anchor.Text)
                .Raw(",\"location\":"u8).Number(anchor.Location).Raw("}"u8);
        }
        return json.Raw("]}"u8);
    }
}
