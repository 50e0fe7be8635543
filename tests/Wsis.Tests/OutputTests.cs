using Wsis.Build;

namespace Wsis.Tests;

public class OutputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wsis-output-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private BuildResult BuildInto(string folder, string content) => SiteBuilder.Build(new BuildOptions
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
        var first = Snapshot(Path.Combine(_root, "first"));
        var second = Snapshot(Path.Combine(_root, "second"));
        Assert.Equal(first.Keys.Order(), second.Keys.Order());
        Assert.All(first, file => Assert.True(file.Value.AsSpan().SequenceEqual(second[file.Key]), $"{file.Key} differs"));
    }

    [Fact]
    public void Failed_build_leaves_the_previous_output_as_it_was()
    {
        Assert.True(BuildInto("site", Repo.Content).Succeeded);
        var before = Snapshot(Path.Combine(_root, "site"));

        var broken = Path.Combine(_root, "broken-content");
        CopyDirectory(Repo.Content, broken);
        File.WriteAllText(Path.Combine(broken, "sdgs.yml"), "goals: [\n");
        var result = BuildInto("site", broken);

        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        var after = Snapshot(Path.Combine(_root, "site"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key])));
        Assert.Single(Directory.GetDirectories(_root, "site*"));
    }

    [Fact]
    public void Build_replaces_stale_files_of_the_previous_output()
    {
        var site = Path.Combine(_root, "site");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "stale.html"), "old");
        Assert.True(BuildInto("site", Repo.Content).Succeeded);
        Assert.False(File.Exists(Path.Combine(site, "stale.html")));
        Assert.True(File.Exists(Path.Combine(site, "action-lines", "c11", "index.html")));
    }

    [Fact]
    public void Build_that_fails_its_link_check_after_writing_pages_leaves_the_previous_output_as_it_was()
    {
        Assert.True(BuildInto("site", Repo.Content).Succeeded);
        var before = Snapshot(Path.Combine(_root, "site"));

        // Every page is valid content, so the build streams them all to disk before the check finds the broken link.
        var broken = Path.Combine(_root, "broken-link");
        CopyDirectory(Repo.Content, broken);
        File.AppendAllText(Path.Combine(broken, "action-lines", "c1", "action-line.md"), "\nSee [the missing page](/no-such-page/).\n");
        var result = BuildInto("site", broken);

        Assert.Contains(result.Diagnostics, d => d.Code == Wsis.Diagnostics.DiagnosticCodes.BrokenLink && d.Location.Path == "action-lines/c1/action-line.md");
        Assert.False(result.Succeeded);
        Assert.False(result.Written);
        var after = Snapshot(Path.Combine(_root, "site"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, file => Assert.True(file.Value.AsSpan().SequenceEqual(after[file.Key])));
        Assert.Single(Directory.GetDirectories(_root, "site*"));
    }

    [Fact]
    public void Site_streamed_to_disk_equals_the_site_built_in_memory_and_written_whole()
    {
        Assert.True(SiteBuilder.Build(new BuildOptions
        {
            ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = Path.Combine(_root, "streamed"),
            BaseUrl = "https://example.org", Search = Wsis.Search.SearchIndexing.Off,
        }).Succeeded);
        var inMemory = SiteBuilder.Build(new BuildOptions { ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, BaseUrl = "https://example.org" });
        Assert.NotNull(inMemory.Site);
        Assert.True(Wsis.Write.SiteWriter.Write(inMemory.Site, Path.Combine(_root, "whole")));

        var streamed = Snapshot(Path.Combine(_root, "streamed"));
        var whole = Snapshot(Path.Combine(_root, "whole"));
        Assert.Equal(whole.Keys.Order(), streamed.Keys.Order());
        Assert.All(whole, file => Assert.True(file.Value.AsSpan().SequenceEqual(streamed[file.Key]), $"{file.Key} differs"));
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
