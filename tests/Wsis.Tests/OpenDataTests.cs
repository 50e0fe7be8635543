using System.Text;
using System.Text.Json;
using CsvHelper;
using Wsis.Export;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Tests;

public sealed class OpenDataTests(RealSite site)
{
    private IReadOnlyList<IItem> Items => site.Publication.ActionLines.SelectMany(a => a.Items).ToList();

    private List<Dictionary<string, string>> Csv(string name)
    {
        using var reader = CsvReader.FromText(Encoding.UTF8.GetString(site.File(OpenData.Folder + name)), null);
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
            rows.Add(reader.Headers!.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => reader.GetString(x.i)));
        return rows;
    }

    [Fact]
    public void Json_export_holds_every_priority_and_roadmap_row_with_its_links()
    {
        using var json = JsonDocument.Parse(site.File(OpenData.Folder + "wsis.json"));
        var root = json.RootElement;
        Assert.Equal(OpenData.FormatVersion, root.GetProperty("format_version").GetInt32());
        var lines = root.GetProperty("action_lines").EnumerateArray().ToList();
        Assert.Equal(site.Publication.ActionLines.Select(a => a.Id), lines.Select(l => l.GetProperty("id").GetString()));
        var exported = lines.SelectMany(l => l.GetProperty("priorities").EnumerateArray().Concat(l.GetProperty("roadmap_rows").EnumerateArray()))
            .ToDictionary(i => i.GetProperty("id").GetString()!, i => i.GetProperty("sdgs").GetArrayLength());
        Assert.Equal(Items.ToDictionary(OpenData.ItemId, i => i.Sdgs.Count).OrderBy(e => e.Key), exported.OrderBy(e => e.Key));
        Assert.Equal(site.Publication.Goals.Count, root.GetProperty("goals").GetArrayLength());
    }

    [Fact]
    public void Csv_files_have_one_line_per_priority_row_and_link()
    {
        var priorities = Csv("priorities.csv");
        var rows = Csv("roadmap-rows.csv");
        var links = Csv("sdg-links.csv");
        var stakeholders = Csv("stakeholder-links.csv");
        Assert.Equal(Items.OfType<Priority>().Select(OpenData.ItemId), priorities.Select(p => p["id"]));
        Assert.Equal(Items.OfType<RoadmapRow>().Select(OpenData.ItemId), rows.Select(r => r["id"]));
        Assert.Equal(Items.SelectMany(i => i.Sdgs.Select(l => $"{OpenData.ItemId(i)} {l.Key}")), links.Select(l => $"{l["item_id"]} {(l["target"] == "" ? l["goal"] : l["target"])}"));
        Assert.Equal(Items.Sum(i => i.Stakeholders.All ? 1 : i.Stakeholders.Slugs.Count), stakeholders.Count);
    }

    [Fact]
    public void Csv_cells_keep_the_text_exactly_including_quotes_commas_and_line_breaks()
    {
        var row = site.Publication.ActionLines.SelectMany(a => a.Roadmap).First(r => r.ExpectedResults.Count > 1);
        var exported = Csv("roadmap-rows.csv").Single(r => r["id"] == OpenData.ItemId(row));
        Assert.Equal(row.Outcome.TrimEnd(), exported["outcome"]);
        Assert.Equal(row.ExpectedResults, exported["expected_results"].Split('\n'));
        var priority = site.Publication.ActionLines.SelectMany(a => a.Priorities).First();
        Assert.Equal(priority.Text, Csv("priorities.csv").Single(p => p["id"] == OpenData.ItemId(priority))["text"]);
    }

    [Fact]
    public void Every_index_page_links_to_the_open_data_page_and_it_lists_the_files()
    {
        foreach (var url in new[] { Urls.Home, Urls.ActionLines, Urls.Sdgs, Urls.Stakeholders, Urls.Background, Urls.SdgMatrix, Urls.StakeholderMatrix })
            Assert.NotNull(site.Documents[url].QuerySelector($"main a[href='{Urls.OpenData}']"));
        var listed = site.Documents[Urls.OpenData].QuerySelectorAll("table.downloads a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/data/wsis.json", "/data/priorities.csv", "/data/roadmap-rows.csv", "/data/sdg-links.csv", "/data/stakeholder-links.csv", "/data/editions.json"], listed);
    }
}
