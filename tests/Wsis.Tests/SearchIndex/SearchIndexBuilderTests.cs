using System.IO.Compression;
using System.Text.Json;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.SearchIndex;

/// <summary>Which pages the index holds: Pagefind's rule of only the pages with a data-pagefind-body once one has it.</summary>
public sealed class SearchIndexBuilderTests
{
    private static IReadOnlyList<string> IndexedUrls(params (string Path, string Html)[] pages)
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var temp = new TempFolder();
        var site = temp.Combine("site");
        var search = new SearchIndexBuilder(pagefind, site);
        foreach (var (path, html) in pages)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(site, path))!);
            File.WriteAllText(Path.Combine(site, path), html);
            search.Add(path, html);
        }
        var (files, error) = search.Complete();
        Assert.Null(error);
        Assert.False(Directory.Exists(Path.Combine(site, PagefindIndexer.AssetsFolder)));
        Assert.Contains(files, f => f.Path == "pagefind/pagefind.js");
        return files.Where(f => f.Path.StartsWith("pagefind/fragment/", StringComparison.Ordinal)).Select(f =>
        {
            using var gzip = new GZipStream(new MemoryStream(f.Content), CompressionMode.Decompress);
            using var reader = new StreamReader(gzip);
            var text = reader.ReadToEnd();
            Assert.StartsWith("pagefind_dcd", text);
            using var json = JsonDocument.Parse(text["pagefind_dcd".Length..]);
            return json.RootElement.GetProperty("url").GetString()!;
        }).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public void Once_a_page_has_a_body_only_such_pages_are_indexed()
    {
        var urls = IndexedUrls(
            ("handout/index.html", "<html lang=\"en\"><body><p>Every item again</p></body></html>"),
            ("item/index.html", "<html lang=\"en\"><body><div data-pagefind-body><p>The item</p></div></body></html>"));
        Assert.Equal(["/item/"], urls);
    }

    [Fact]
    public void When_no_page_has_a_body_every_page_is_indexed()
    {
        var urls = IndexedUrls(
            ("index.html", "<html lang=\"en\"><body><p>Home</p></body></html>"),
            ("about/index.html", "<html lang=\"en\"><body><p>About</p></body></html>"));
        Assert.Equal(["/", "/about/"], urls);
    }
}
