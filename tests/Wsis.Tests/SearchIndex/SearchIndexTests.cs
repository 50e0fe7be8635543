using System.IO.Compression;
using System.Text.Json;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.SearchIndex;

/// <summary>The index the build writes from its pages, file by file against the one Pagefind writes from the whole site.</summary>
public sealed class SearchIndexTests
{
    [Theory]
    [InlineData("real")]
    [InlineData("sample")]
    public void The_index_written_from_the_pages_holds_what_Pagefind_writes_from_the_whole_site_and_is_the_same_on_every_build(string content)
    {
        using var temp = new TempFolder();
        var (wholeSite, ours, result, contentFolder, inputs) = SearchSites.Build(content, temp);
        var again = temp.Combine("again");
        SearchSites.WithOurIndex(inputs, again, contentFolder);

        Assert.False(Directory.Exists(Path.Combine(ours, PagefindIndexer.AssetsFolder)));
        // A fragment is named by the hash of its page's URL, text, word count, title and other metadata, filters and
        // anchors, so the same names are the same pages as Pagefind reads them. (Pagefind's word index weighs the parts
        // of joined words differently, and its chunks are named differently on every run: they are not compared.)
        Assert.Equal(Fragments(wholeSite), Fragments(ours));
        Assert.Equal(PageCount(wholeSite), PageCount(ours));
        // Pagefind's own scripts, styles and WebAssembly, the same bytes as it writes for the whole site.
        Assert.Equal(OwnFiles(wholeSite), OwnFiles(ours));
        var items = result.Publication!.ActionLines.SelectMany(a => a.Items).Select(Wsis.Render.Urls.Item).ToHashSet();
        Assert.Subset(FragmentUrls(ours), items);
        // Same pages, same index, byte for byte.
        Assert.Equal(Files(ours), Files(again));
    }

    private static IReadOnlyList<(string Path, string Hash)> OwnFiles(string site) =>
        Files(site).Where(f => !f.Path.Contains('/') && !f.Path.EndsWith(".pf_meta", StringComparison.Ordinal) && f.Path != "pagefind-entry.json").ToList();

    // Every file of the pagefind folder, by its path there, with a hash of its bytes.
    private static IReadOnlyList<(string Path, string Hash)> Files(string site)
    {
        var folder = Path.Combine(site, "pagefind");
        return Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(folder, f).Replace('\\', '/'), Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f)))))
            .OrderBy(f => f.Item1, StringComparer.Ordinal)
            .ToList();
    }

    private static IReadOnlyList<string> Fragments(string site) =>
        Directory.GetFiles(Path.Combine(site, "pagefind", "fragment")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()!;

    private static int PageCount(string site)
    {
        using var entry = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "pagefind", "pagefind-entry.json")));
        return entry.RootElement.GetProperty("languages").EnumerateObject().Sum(l => l.Value.GetProperty("page_count").GetInt32());
    }

    // A fragment is gzipped "pagefind_dcd" followed by the page's JSON.
    private static HashSet<string> FragmentUrls(string site) =>
        Directory.GetFiles(Path.Combine(site, "pagefind", "fragment")).Select(file =>
        {
            using var gzip = new GZipStream(File.OpenRead(file), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var text = reader.ReadToEnd();
            using var json = JsonDocument.Parse(text[text.IndexOf('{')..]);
            return json.RootElement.GetProperty("url").GetString()!;
        }).ToHashSet();
}
