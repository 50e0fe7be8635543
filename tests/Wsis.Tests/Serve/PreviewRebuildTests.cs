using System.Text;
using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Serve;
using Wsis.Tests.Support;

namespace Wsis.Tests.Serve;

/// <summary>
/// serve's rebuilds reuse what earlier builds made (templates, item and handout line views, fragments and includes, QR
/// codes, plain texts, pages, links); after each kind of edit, one after the other in one session as an editor makes
/// them, the rebuilt site must be what a fresh build of the edited folders makes, byte for byte.
/// </summary>
public sealed class PreviewRebuildTests
{
    private const string Priorities = "content/action-lines/c11/priorities.yml";
    private const string Origin = "http://127.0.0.1:8080";

    [Fact]
    public void Each_rebuild_after_an_edit_equals_a_fresh_build_of_the_edited_content()
    {
        using var folder = new TempFolder();
        ContentSet.Real.WriteTo(folder.Combine("content"));
        CopyFolder(Repo.Templates, folder.Combine("templates"));
        var options = new BuildOptions
        {
            ContentDirectory = folder.Combine("content"), TemplatesDirectory = folder.Combine("templates"), BaseUrl = Origin, Search = Search.SearchIndexing.Off,
        };
        var builds = new PreviewBuilds(options);
        var previous = AssertSameAsFresh(builds, options, [], "first build");

        (string File, string Find, string Replace, string Shown)[] edits =
        [
            (Priorities, "Foster further **cooperation", "Foster more **cooperation", "Foster more"),
            // An SDG link added, then removed: the goal's and target's pages gain the item and lose it again; 9.c's wording is borrowed from C6.
            (Priorities, "sdgs: []\n    stakeholders: [international-organizations]", "sdgs: [\"9.c\"]\n    stakeholders: [international-organizations]", "data-sdgs=\"9 9.c\""),
            (Priorities, "sdgs: [\"9.c\"]\n    stakeholders: [international-organizations]", "sdgs: []\n    stakeholders: [international-organizations]", "Foster more"),
            ("content/action-lines/c11/action-line.md", "title: \"International and regional cooperation\"", "title: \"International and regional co-operation\"", "regional co-operation"),
            ("content/sdgs.yml", "name: \"No poverty\"", "name: \"No poverty anywhere\"", "No poverty anywhere"),
            // The wording C5's rows borrow for target 9.c comes from C6: those rows change with a file they are not in.
            ("content/action-lines/c6/roadmap.yml", "- target: \"9.c\"\n        text: \"", "- target: \"9.c\"\n        text: \"Edited: ", "Edited: "),
            ("templates/partials/priority.html", "<p class=\"item__text\">", "<p class=\"item__text\" data-edited>", "data-edited"),
            ("content/stakeholders.yml", "name: Governments", "name: National governments", "National governments"),
            // A source's title: every C11 item names its source, and serve keeps an item's view while its record is unchanged.
            ("content/sources.yml", "title: \"Draft WSIS+10 Vision for WSIS Beyond 2015 – C11.", "title: \"Draft WSIS+10 Vision (edited) for WSIS Beyond 2015 – C11.", "Vision (edited)"),
            // A note added: the item's page and the endnotes of both handouts' C11 section change, its other items do not.
            (Priorities, "stakeholders: [governments]\n  - number: 5", "stakeholders: [governments]\n    note: \"An edited note.\"\n  - number: 5", "An edited note."),
            // A partial that serve reuses through include, in both handouts.
            ("templates/partials/handout-line.html", "<p class=\"handout-eyebrow\">WSIS Action Line</p>", "<p class=\"handout-eyebrow\">WSIS action line</p>", "WSIS action line"),
            // A page template's front matter: every item page's title, which serve keeps while an item's view is the same.
            ("templates/item.html", "title = item.action_line_id + \" \" + item.title", "title = item.action_line_id + \": \" + item.title", "<title>C11: "),
            // The site's title: every page's layout and the cover of the publication handout.
            ("content/site.yml", "title: WSIS Beyond 2015", "title: WSIS Beyond 2015 (edited)", "WSIS Beyond 2015 (edited)"),
            // Back to the text of the first edit's start: an earlier build's results are the right ones again.
            (Priorities, "Foster more **cooperation", "Foster further **cooperation", "Foster further"),
        ];
        foreach (var (file, find, replace, shown) in edits)
        {
            var path = folder.Combine(file.Split('/'));
            var text = File.ReadAllText(path);
            Assert.Contains(find, text, StringComparison.Ordinal);
            File.WriteAllText(path, ReplaceFirst(text, find, replace));
            var site = AssertSameAsFresh(builds, options, [path], $"after editing {file} ('{replace}')");
            Assert.Contains(site.Pages, p => p.Html.Contains(shown, StringComparison.Ordinal));
            Assert.NotEqual(Files(previous), Files(site));
            previous = site;
        }
    }

    /// <summary>Rebuilds after the change and builds the folders afresh; asserts both give the same files and returns the site.</summary>
    private static RenderedSite AssertSameAsFresh(PreviewBuilds builds, BuildOptions options, IReadOnlyCollection<string> changed, string when)
    {
        var (rebuilt, _) = builds.Build(changed, new StageTimings());
        var fresh = SiteBuilder.Build(options);
        Assert.True(fresh.Succeeded, when);
        Assert.True(rebuilt.Succeeded, when);
        var expected = Files(fresh.Site!);
        var actual = Files(rebuilt.Site!);
        Assert.Equal(expected.Keys, actual.Keys);
        foreach (var (path, bytes) in expected)
            Assert.True(bytes.AsSpan().SequenceEqual(actual[path]), $"{when}: {path} differs from a fresh build's");
        return rebuilt.Site!;
    }

    private static SortedDictionary<string, byte[]> Files(RenderedSite site) =>
        new(site.Pages.Select(p => KeyValuePair.Create(p.Path, Encoding.UTF8.GetBytes(p.Html)))
            .Concat(site.Files.Select(f => KeyValuePair.Create(f.Path, f.Content)))
            .ToDictionary(StringComparer.Ordinal), StringComparer.Ordinal);

    private static string ReplaceFirst(string text, string find, string replace)
    {
        var at = text.IndexOf(find, StringComparison.Ordinal);
        return text[..at] + replace + text[(at + find.Length)..];
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
}
