using System.Text;
using Wsis.Build;
using Wsis.Load;
using Wsis.Tests.Support;

namespace Wsis.Tests.Caching;

public class IncrementalBuildTests
{
    [Fact]
    public void Rebuild_with_the_cache_equals_a_full_build_and_renders_only_the_touched_pages()
    {
        var templates = ContentSet.Templates;
        var files = ContentSet.Sample(120).ToRawFiles();
        var cache = new BuildCache();
        var first = TestBuild.InMemory(files, templates, null, cache: cache);
        Assert.True(first.Succeeded);
        cache.Sweep();

        var edited = files.Select(f => f.Path == "action-lines/c2/priorities.yml"
            ? f with { Bytes = Encoding.UTF8.GetBytes(ReplaceFirst(Encoding.UTF8.GetString(f.Bytes), "text: \"Promote **", "text: \"Changed: promote **")) }
            : f).ToList();
        var incremental = TestBuild.InMemory(edited, templates, null, cache: cache);
        var full = TestBuild.InMemory(edited, templates, null);

        Assert.True(incremental.Succeeded);
        Assert.Equal(full.Site!.Pages.Select(p => (p.Url, p.Html)), incremental.Site!.Pages.Select(p => (p.Url, p.Html)));
        Assert.Contains(incremental.Site.Pages, p => p.Html.Contains("Changed: promote", StringComparison.Ordinal));
        Assert.InRange(cache.Pages.Drawn, 1, incremental.Site.Pages.Count / 2);
        Assert.Equal(first.LinksChecked, incremental.LinksChecked);
    }

    [Fact]
    public void Rebuild_with_the_cache_reports_the_same_warnings_as_a_full_build()
    {
        var templates = ContentSet.Templates;
        var files = ContentSet.Real.ToRawFiles();
        var cache = new BuildCache();
        var first = TestBuild.InMemory(files, templates, null, cache: cache);
        cache.Sweep();
        var second = TestBuild.InMemory(files, templates, null, cache: cache);

        Assert.Equal(first.Diagnostics, second.Diagnostics);
        Assert.Equal(0, cache.Pages.Drawn);
    }

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0);
        return text[..at] + replace + text[(at + find.Length)..];
    }
}
