using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Search;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests;

public sealed class SearchIndexingTests
{
    [Fact]
    public void A_required_search_index_that_cannot_be_built_fails_the_build_and_keeps_the_old_site()
    {
        using var folder = new TempFolder();
        var content = folder.Combine("content");
        var output = folder.Combine("_site");
        SmallSite.Content.WriteTo(content);
        PreviousBuild.Mark(output);
        File.WriteAllText(Path.Combine(output, "old.html"), "the previous build");
        var inputs = BuildInputs.Read(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates }, new StageTimings());
        // A machine without Pagefind: the inputs found none.
        using var sink = new StagingSink(output, [content, Repo.Templates], SearchIndexing.Required, pagefind: null);
        var result = SiteBuilder.Build(inputs, sink);
        Assert.False(result.Succeeded);
        Assert.True(result.SearchFailed);
        Assert.Contains("npm ci", result.SearchIndex);
        Assert.Equal([".wsis-site", "old.html"], Directory.EnumerateFileSystemEntries(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Pagefind_shown_only_the_pages_with_their_own_text_writes_the_index_it_writes_from_every_page()
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var temp = new TempFolder();
        var (everyPage, ownText) = (temp.Combine("every-page"), temp.Combine("own-text"));
        var result = TestBuild.Folders(new BuildOptions
        {
            ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = everyPage, Search = SearchIndexing.Off,
        });
        Assert.True(result.Succeeded);
        CopyFolder(everyPage, ownText);

        // The previous way: Pagefind over the whole site folder.
        using (var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", everyPage, "--silent"]) { RedirectStandardOutput = true })!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        Assert.Null(PagefindIndexer.Index(pagefind, ownText));

        // Handouts, home, search and the tables were left out, and they are what Pagefind skips itself.
        Assert.True(PagefindIndexer.PagesToIndex(ownText).Count < Directory.GetFiles(ownText, "*.html", SearchOption.AllDirectories).Length);
        Assert.False(Directory.Exists(Path.Combine(ownText, PagefindIndexer.PagesFolder)));
        // Pagefind names each page's fragment (its URL, text, title, filters and anchors) by a hash of it; its index files
        // are named differently on every run, even over the same folder, so the fragments and the page count are compared.
        Assert.Equal(Fragments(everyPage), Fragments(ownText));
        Assert.Equal(PageCount(everyPage), PageCount(ownText));
        var items = result.Publication!.ActionLines.SelectMany(a => a.Items).Select(Wsis.Render.Urls.Item).ToHashSet();
        Assert.Subset(FragmentUrls(ownText), items);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
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
