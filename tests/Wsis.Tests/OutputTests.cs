using Wsis.Build;
using Wsis.Tests.Support;

namespace Wsis.Tests;

public class OutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsis-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BuildResult BuildInto(string folder, string content) => TestBuild.Folders(new BuildOptions
    {
        ContentDirectory = content,
        TemplatesDirectory = Repo.Templates,
        OutputDirectory = Path.Combine(_root, folder),
        BaseUrl = "https://example.org",
    });

    private static Dictionary<string, byte[]> Snapshot(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    [Fact]
    public void Two_builds_of_the_same_content_are_byte_identical()
    {
        Assert.True(BuildInto("first", Repo.Content).Succeeded);
        Assert.True(BuildInto("second", Repo.Content).Succeeded);
        AssertSameFiles(Snapshot(Path.Combine(_root, "first")), Snapshot(Path.Combine(_root, "second")));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_as_it_was() =>
        AssertBrokenContentLeavesTheSiteAsItWas(content => File.WriteAllText(Path.Combine(content, "sdgs.yml"), "goals: [\n"));

    [Fact]
    public void Build_replaces_stale_files_of_the_previous_output()
    {
        var site = Path.Combine(_root, "site");
        Support.PreviousBuild.Mark(site);
        File.WriteAllText(Path.Combine(site, "stale.html"), "old");
        Assert.True(BuildInto("site", Repo.Content).Succeeded);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site, "action-lines", "c11", "index.html")));
    }

    [Fact]
    public void Build_that_fails_its_link_check_after_writing_pages_leaves_the_previous_output_as_it_was()
    {
        // Every page is valid content, so the build streams them all to disk before the check finds the broken link.
        var result = AssertBrokenContentLeavesTheSiteAsItWas(content =>
            File.AppendAllText(Path.Combine(content, "action-lines", "c1", "action-line.md"), "\nSee [the missing page](/no-such-page/).\n"));

        Assert.Contains(result.Diagnostics, d => d.Code == Wsis.Diagnostics.DiagnosticCodes.BrokenLink && d.Location.Path == "action-lines/c1/action-line.md");
    }

    [Fact]
    public void Site_streamed_to_disk_equals_the_site_built_in_memory_and_written_whole()
    {
        Assert.True(TestBuild.Folders(new BuildOptions
        {
            ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = Path.Combine(_root, "streamed"),
            BaseUrl = "https://example.org", Search = Wsis.Search.SearchIndexing.Off,
        }).Succeeded);
        var inMemory = TestBuild.Folders(new BuildOptions { ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, BaseUrl = "https://example.org" });
        Assert.NotNull(inMemory.Site);
        Assert.True(Wsis.Write.SiteWriter.Write(inMemory.Site, Path.Combine(_root, "whole"), [Repo.Content, Repo.Templates]));

        AssertSameFiles(Snapshot(Path.Combine(_root, "whole")), Snapshot(Path.Combine(_root, "streamed")));
    }

    /// <summary>Builds the real content into site/, then a broken copy of it into the same folder.</summary>
    private BuildResult AssertBrokenContentLeavesTheSiteAsItWas(Action<string> breakContent)
    {
        Assert.True(BuildInto("site", Repo.Content).Succeeded);
        var before = Snapshot(Path.Combine(_root, "site"));

        var broken = Path.Combine(_root, "broken-content");
        CopyDirectory(Repo.Content, broken);
        breakContent(broken);
        var result = BuildInto("site", broken);

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

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
