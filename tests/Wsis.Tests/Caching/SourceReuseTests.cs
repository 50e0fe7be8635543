using System.Text;
using Wsis.Diagnostics;
using Wsis.Export;
using Wsis.Load;
using Wsis.Model;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Caching;

/// <summary>
/// What serve keeps of the files and the open data between rebuilds: a file's text decoded again only when its bytes
/// change, with what decoding reported reported again on each reuse; a CSV file written again only when its cells change.
/// (PreviewRebuildTests holds every rebuild to a fresh build, byte for byte.)
/// </summary>
public sealed class SourceReuseTests(RealSite site)
{
    private static readonly byte[] Yaml = Encoding.UTF8.GetBytes("title: x\n");

    [Fact]
    public void A_file_is_decoded_again_only_when_its_bytes_are_new()
    {
        var cache = new DecodeCache();
        var first = cache.Decode(new RawFile("site.yml", Yaml), new DiagnosticBag());
        var again = cache.Decode(new RawFile("site.yml", Yaml), new DiagnosticBag());
        var elsewhere = cache.Decode(new RawFile("sdgs.yml", Yaml), new DiagnosticBag());
        var edited = cache.Decode(new RawFile("site.yml", Encoding.UTF8.GetBytes("title: x\n")), new DiagnosticBag());

        Assert.NotNull(first);
        Assert.Same(first, again);
        Assert.Equal("sdgs.yml", elsewhere!.Path);
        Assert.NotSame(first, edited);
        Assert.Equal(first!.Text, edited!.Text);
    }

    [Fact]
    public void What_decoding_reported_is_reported_again_when_its_result_is_reused()
    {
        var cache = new DecodeCache();
        var bytes = Encoding.UTF8.GetBytes("title: \"a\u001bb\"\n");
        var reports = Enumerable.Range(0, 2).Select(_ =>
        {
            var diagnostics = new DiagnosticBag();
            var file = cache.Decode(new RawFile("site.yml", bytes), diagnostics);
            return (File: file, Codes: diagnostics.Sorted().Select(d => (d.Code, d.Location.Line, d.Location.Column)).ToList());
        }).ToList();

        Assert.Same(reports[0].File, reports[1].File);
        Assert.Contains(reports[0].Codes, c => c.Code == DiagnosticCodes.ControlCharacter);
        Assert.Equal(reports[0].Codes, reports[1].Codes);
    }

    [Fact]
    public void A_template_is_decoded_again_only_after_its_file_changes()
    {
        using var folder = new TempFolder();
        var template = folder.Combine("page.html");
        File.WriteAllText(template, "<p>{{ a }}</p>");
        var (files, texts) = (new FileCache(), new DecodeCache());

        var first = TemplateDirectory.Read(folder.Path, files, texts).Templates["page.html"];
        var again = TemplateDirectory.Read(folder.Path, files, texts).Templates["page.html"];
        File.WriteAllText(template, "<p>{{ b }}</p>");
        files.Forget(template);
        var edited = TemplateDirectory.Read(folder.Path, files, texts).Templates["page.html"];

        Assert.Same(first, again);
        Assert.Equal("<p>{{ b }}</p>", edited);
    }

    [Fact]
    public void A_csv_file_is_written_again_only_when_its_cells_change()
    {
        var options = new RenderOptions(RealSite.BaseUrl);
        var cache = new OpenDataCache();
        var before = Files(OpenData.Export(site.Publication, options, cache));
        cache.Sweep();
        var edited = Edited(site.Publication);
        var after = Files(OpenData.Export(edited, options, cache));
        var fresh = Files(OpenData.Export(edited, options));

        foreach (var name in new[] { "roadmap-rows.csv", "sdg-links.csv", "stakeholder-links.csv" }) Assert.Same(before[name], after[name]);
        Assert.NotEqual(before["priorities.csv"], after["priorities.csv"]);
        foreach (var (name, bytes) in fresh) Assert.Equal(bytes, after[name]);
    }

    [Fact]
    public void A_csv_file_not_written_by_the_last_build_is_forgotten()
    {
        var options = new RenderOptions(RealSite.BaseUrl);
        var cache = new OpenDataCache();
        var first = Files(OpenData.Export(site.Publication, options, cache));
        cache.Sweep();
        // A build that failed before its open data wrote nothing; the sweep after the next good build keeps only what that one wrote.
        cache.Sweep();
        var later = Files(OpenData.Export(site.Publication, options, cache));

        Assert.NotSame(first["priorities.csv"], later["priorities.csv"]);
        Assert.Equal(first["priorities.csv"], later["priorities.csv"]);
    }

    private static Dictionary<string, byte[]> Files(IReadOnlyList<DataFile> files) => files.ToDictionary(f => f.Name, f => f.Content, StringComparer.Ordinal);

    // The first priority of the first action line that has priorities, with another word in its text.
    private static Publication Edited(Publication publication)
    {
        var line = publication.ActionLines.First(a => a.Priorities.Count > 0);
        var priority = line.Priorities[0];
        var changed = line with { Priorities = [priority with { Text = priority.Text + " Edited." }, .. line.Priorities.Skip(1)] };
        return publication with { ActionLines = [.. publication.ActionLines.Select(a => a == line ? changed : a)] };
    }
}
