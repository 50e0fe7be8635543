using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

/// <summary>The index files written from the pages as the index keeps them, by number (<see cref="IndexedPage"/>).</summary>
public sealed class SearchIndexWriterTests
{
    private static string Page(string language, string title, string kind, string body, params string[] filters) =>
        $"<!DOCTYPE html><html lang=\"{language}\"><head><title>{title}</title></head><body><main data-pagefind-body>"
        + $"<h1>{title}</h1><span data-pagefind-meta=\"kind:{kind}\"></span>"
        + string.Concat(filters.Select(f => $"<span data-pagefind-filter=\"{f}\"></span>"))
        + $"<h2 id=\"part\">Part</h2><p>{body}</p></main></body></html>";

    private static readonly (string Path, string Html)[] Pages =
    [
        ("a/index.html", Page("en", "Connecting schools", "Priority", "Connected schools connect rural communities; café networks.", "sdg:SDG 4", "line:C2")),
        ("b/index.html", Page("en", "Cafe culture", "Row", "Zebra crossings and cafés, e-government and cyber-security.", "line:C7", "sdg:SDG 9", "sdg:SDG 4")),
        ("c/index.html", Page("fr", "Écoles connectées", "Priorité", "Les écoles rurales et les réseaux zèbres.", "line:C2")),
        ("d/index.html", Page("en", "Zebra", "Priority", "Every term here first: yak, xylophone, quokka, schools.", "stakeholder:Governments")),
    ];

    // Every file the index is written as, by path.
    private static Dictionary<string, byte[]> Written(IEnumerable<(string Path, string Html)> pages)
    {
        var terms = new SearchTerms();
        var indexed = pages.Select(p => SearchIndexWriter.Index(SearchPageReader.Read(p.Path, p.Html, terms), terms)).ToList();
        var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        SearchIndexWriter.Write(indexed, terms, new PagefindEntry("1.5.2", "[]"), file =>
        {
            lock (files) files.Add(file.Path, file.Content);
        });
        return files;
    }

    [Fact]
    public void The_index_is_the_same_whichever_order_its_terms_fields_and_filters_were_first_met_in()
    {
        // given the same pages read in one order and in the other, so that their terms, metadata fields and filter
        // values are numbered differently
        var (forward, backward) = (new SearchTerms(), new SearchTerms());
        foreach (var (path, html) in Pages) SearchPageReader.Read(path, html, forward);
        foreach (var (path, html) in Pages.Reverse()) SearchPageReader.Read(path, html, backward);
        Assert.NotEqual(forward.Numbers.All(), backward.Numbers.All());

        // when each is indexed and written
        var (first, second) = (Written(Pages), Written(Pages.Reverse()));

        // then both give the same files, byte for byte: words, filters and metadata for both languages
        Assert.Equal(first.Keys.Order(StringComparer.Ordinal), second.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, bytes) in first) Assert.True(bytes.AsSpan().SequenceEqual(second[path]), $"{path} differs");
        Assert.Contains(first.Keys, p => p.StartsWith("pagefind/index/fr_", StringComparison.Ordinal));
        Assert.Equal(3, first.Keys.Count(p => p.StartsWith("pagefind/filter/en_", StringComparison.Ordinal)));
    }
}
