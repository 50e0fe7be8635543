using Wsis.Build;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests;

/// <summary>What a build leaves in its output folder: the same bytes each time, the whole new site, or the old one untouched.</summary>
public class OutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsis-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    // A sample of many items, so that the parallel render and write have work to reorder.
    private static ContentSet Sample => ContentSet.Sample(60);

    private string Written(string name, ContentSet content)
    {
        var folder = Path.Combine(_root, name);
        content.WriteTo(folder);
        return folder;
    }

    private BuildResult BuildInto(string folder, string content) => TestBuild.Folders(new BuildOptions
    {
        ContentDirectory = content,
        TemplatesDirectory = Repo.Templates,
        OutputDirectory = Path.Combine(_root, folder),
        BaseUrl = "https://example.org",
        Search = SearchIndexing.Off,
    });

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        // Without the search index: Pagefind's filter and metadata files are not byte-stable from run to run (Pagefind/pagefind#638).
        var content = Written("content", Sample);
        Assert.True(BuildInto("first", content).Succeeded);
        Assert.True(BuildInto("second", content).Succeeded);
        AssertSameFiles(Snapshot(Path.Combine(_root, "first")), Snapshot(Path.Combine(_root, "second")));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_as_it_was() =>
        AssertBrokenContentLeavesTheSiteAsItWas(content => content.With("sdgs.yml", "goals: [\n"));

    [Fact]
    public void Build_replaces_stale_files_of_the_previous_output()
    {
        var site = Path.Combine(_root, "site");
        PreviousBuild.Mark(site);
        File.WriteAllText(Path.Combine(site, "stale.html"), "old");
        Assert.True(BuildInto("site", Written("content", SmallSite.Content)).Succeeded);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site, "action-lines", "c1", "index.html")));
    }

    [Fact]
    public void Build_that_fails_its_link_check_after_writing_pages_leaves_the_previous_output_as_it_was()
    {
        // Every page is valid content, so the build streams them all to disk before the check finds the broken link.
        var result = AssertBrokenContentLeavesTheSiteAsItWas(content =>
            content.With(SmallSite.ActionLine, content.Text(SmallSite.ActionLine) + "\nSee [the missing page](/no-such-page/).\n"));

        Assert.Contains(result.Diagnostics, d => d.Code == Wsis.Diagnostics.DiagnosticCodes.BrokenLink && d.Location.Path == SmallSite.ActionLine);
    }

    [Fact]
    public void Site_written_to_disk_equals_the_site_built_in_memory()
    {
        var content = Written("content", Sample);
        Assert.True(BuildInto("streamed", content).Succeeded);
        var inMemory = TestBuild.Folders(new BuildOptions { ContentDirectory = content, TemplatesDirectory = Repo.Templates, BaseUrl = "https://example.org" });
        Assert.NotNull(inMemory.Site);
        var written = Snapshot(Path.Combine(_root, "streamed"));
        Assert.True(written.Remove(Wsis.Write.OutputFolder.MarkerName), "a written site carries the marker of a build");

        AssertSameFiles(InMemory(inMemory.Site), written);
    }

    private static Dictionary<string, byte[]> InMemory(Wsis.Render.RenderedSite site) =>
        site.Pages.Select(p => KeyValuePair.Create(p.Path, System.Text.Encoding.UTF8.GetBytes(p.Html)))
            .Concat(site.Files.Select(f => KeyValuePair.Create(f.Path, f.Content)))
            .ToDictionary(StringComparer.Ordinal);

    /// <summary>Builds the small site into site/, then a broken copy of it into the same folder.</summary>
    private BuildResult AssertBrokenContentLeavesTheSiteAsItWas(Func<ContentSet, ContentSet> breakContent)
    {
        Assert.True(BuildInto("site", Written("content", SmallSite.Content)).Succeeded);
        var before = Snapshot(Path.Combine(_root, "site"));

        var result = BuildInto("site", Written("broken-content", breakContent(SmallSite.Content)));

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        AssertSameFiles(before, Snapshot(Path.Combine(_root, "site")));
        Assert.Single(Directory.GetDirectories(_root, "site*"));
        return result;
    }

    private static void AssertSameFiles(Dictionary<string, byte[]> expected, Dictionary<string, byte[]> actual)
    {
        Assert.Equal(expected.Keys.Order(), actual.Keys.Order());
        Assert.All(expected, file => Assert.True(file.Value.AsSpan().SequenceEqual(actual[file.Key]), $"{file.Key} differs"));
    }
}
