using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Search;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests.SearchIndex;

public sealed class OwnTextIndexTests
{
    [Theory]
    [InlineData("real")]
    [InlineData("sample")]
    public void A_build_that_gives_Pagefind_only_each_pages_own_text_writes_the_index_Pagefind_writes_from_the_whole_site(string content)
    {
        var pagefind = PagefindIndexer.Find(Repo.Root);
        if (pagefind is null) RequiredTool.Npm.Missing($"Pagefind is not installed. {PagefindIndexer.InstallHint}");
        using var temp = new TempFolder();
        var contentFolder = Repo.Content;
        if (content == "sample")
        {
            contentFolder = temp.Combine("content");
            ContentSet.Sample(300).WriteTo(contentFolder);
        }
        var (wholeSite, ownText) = (temp.Combine("whole-site"), temp.Combine("own-text"));
        var options = new BuildOptions { ContentDirectory = contentFolder, TemplatesDirectory = Repo.Templates };
        var inputs = BuildInputs.Read(options, new StageTimings());

        // The previous way: the site written without search, then Pagefind over the whole folder, every byte of every page.
        using (var sink = new StagingSink(wholeSite, [contentFolder, Repo.Templates], SearchIndexing.Off, pagefind))
            Assert.True(SiteBuilder.Build(inputs, sink).Succeeded);
        using (var process = Process.Start(new ProcessStartInfo(pagefind, ["--site", wholeSite, "--silent"]) { RedirectStandardOutput = true })!)
        {
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
        }
        BuildResult result;
        using (var sink = new StagingSink(ownText, [contentFolder, Repo.Templates], SearchIndexing.Required, pagefind))
            result = SiteBuilder.Build(inputs, sink);
        Assert.True(result.Succeeded, result.SearchIndex);

        Assert.False(Directory.Exists(Path.Combine(ownText, PagefindIndexer.PagesFolder)));
        // Pagefind names each page's fragment (its URL, text, title, filters and anchors) by a hash of it; its index files
        // are named differently on every run, even over the same folder, so the fragments and the page count are compared.
        Assert.Equal(Fragments(wholeSite), Fragments(ownText));
        Assert.Equal(PageCount(wholeSite), PageCount(ownText));
        var items = result.Publication!.ActionLines.SelectMany(a => a.Items).Select(Wsis.Render.Urls.Item).ToHashSet();
        Assert.Subset(FragmentUrls(ownText), items);
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
