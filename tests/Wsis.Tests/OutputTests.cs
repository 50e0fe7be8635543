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
