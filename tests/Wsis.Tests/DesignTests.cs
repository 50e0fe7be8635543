using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Wsis.Model;
using Wsis.Render;

namespace Wsis.Tests;

/// <summary>What the templates promise readers: goal colours with readable text, cross-links, matrices, metadata.</summary>
public sealed partial class DesignTests(RealSite site)
{
    [Fact]
    public void Every_goal_colour_gets_a_text_colour_with_at_least_AA_contrast()
    {
        var css = Encoding.UTF8.GetString(site.File(site.Documents["/"].QuerySelector("link[href*='sdg-colours']")!.GetAttribute("href")!));
        foreach (var goal in site.Publication.Goals)
        {
            var rule = Regex.Match(css, $@"\.sdg-{goal.Number}\{{--sdg:(#[0-9A-Fa-f]{{6}});--sdg-text:(#[0-9A-Fa-f]{{6}})\}}");
            Assert.True(rule.Success, $"No colour rule for goal {goal.Number}");
            Assert.Equal(goal.Colour, rule.Groups[1].Value);
            Assert.True(Contrast.Ratio(rule.Groups[1].Value, rule.Groups[2].Value) >= 4.5, $"Goal {goal.Number}: text {rule.Groups[2].Value} on {goal.Colour} is below 4.5:1");
        }
    }

    [Fact]
    public void No_page_uses_inline_style_or_script()
    {
        var inline = site.Documents.SelectMany(d => d.Value.QuerySelectorAll("[style], style, script:not([src])").Select(e => $"{d.Key}: {e.OuterHtml[..Math.Min(80, e.OuterHtml.Length)]}")).ToList();
        var handlers = site.Documents.SelectMany(d => d.Value.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)).Select(a => $"{d.Key}: {a.Name}")).ToList();
        Assert.Empty(inline);
        Assert.Empty(handlers);
    }

    [Fact]
    public void Sdg_matrix_cells_count_the_items_they_link_to()
    {
        var matrix = site.Documents[Urls.SdgMatrix];
        var cells = matrix.QuerySelectorAll("table.matrix tbody td a").ToList();
        Assert.NotEmpty(cells);
        foreach (var cell in cells)
        {
            var href = cell.GetAttribute("href")!;
            var (page, fragment) = (href[..href.IndexOf('#')], href[(href.IndexOf('#') + 1)..]);
            var group = site.Documents[page].GetElementById(fragment)!.Closest("section")!;
            Assert.Equal(int.Parse(cell.TextContent), group.QuerySelectorAll("li.item-link").Length);
        }
        foreach (var goal in site.Publication.Goals)
        {
            var row = matrix.QuerySelectorAll("table.matrix tbody tr").Single(r => r.QuerySelector($"a[href='{Urls.Goal(goal.Number)}']") is not null);
            Assert.Equal(site.Publication.Index.ItemsByGoal.GetValueOrDefault(goal.Number)?.Count ?? 0, int.Parse(row.QuerySelector("td.total")!.TextContent));
        }
    }

    [Fact]
    public void Stakeholder_matrix_has_a_row_per_group_and_one_for_all_stakeholders()
    {
        var rows = site.Documents[Urls.StakeholderMatrix].QuerySelectorAll("table.matrix tbody tr th a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(site.Publication.Stakeholders.Select(s => Urls.Stakeholder(s.Slug)).Append(Urls.AllStakeholders), rows);
    }

    [Fact]
    public void Every_item_links_its_goals_targets_and_stakeholders_and_is_linked_back()
    {
        foreach (var item in site.Publication.ActionLines.SelectMany(a => a.Items))
        {
            var page = site.Documents[Urls.Item(item)];
            var links = page.QuerySelectorAll("main .tags a").Select(a => a.GetAttribute("href")).ToHashSet();
            foreach (var link in item.Sdgs)
            {
                Assert.Contains(link.Target is null ? Urls.Goal(link.Goal) : Urls.Target(link.Goal, link.Target), links);
                Assert.NotNull(site.Documents[Urls.Goal(link.Goal)].QuerySelector($"main a[href='{Urls.Item(item)}']"));
            }
            foreach (var slug in item.Stakeholders.Slugs)
                Assert.NotNull(site.Documents[Urls.Stakeholder(slug)].QuerySelector($"main a[href='{Urls.Item(item)}']"));
        }
    }

    [Fact]
    public void Item_pages_carry_a_permalink_and_a_citation_with_title_source_date_and_address()
    {
        var item = site.Publication.ActionLines.Single(a => a.Id == "C5").Roadmap[0];
        var page = site.Documents[Urls.Item(item)];
        var citation = page.GetElementById("cite-text")!.TextContent;
        Assert.Contains(page.QuerySelector("h1")!.TextContent, citation);
        Assert.Contains(site.Publication.Index.SourcesById[item.SourceId].Title, citation);
        Assert.Contains("n.d.", citation); // The ITU roadmaps give no date.
        Assert.EndsWith(RealSite.BaseUrl + Urls.Item(item), citation);
        var line = site.Documents[Urls.ActionLine(item.ActionLineId)];
        Assert.NotNull(line.GetElementById(item.Anchor)!.QuerySelector($"a.pl[href='{Urls.Item(item)}']"));
    }

    [Fact]
    public void Every_page_has_language_title_description_canonical_and_link_preview()
    {
        foreach (var (url, page) in site.Documents)
        {
            Assert.Equal(site.Publication.Site.Language, page.DocumentElement.GetAttribute("lang"));
            Assert.False(string.IsNullOrWhiteSpace(page.Title), url);
            Assert.False(string.IsNullOrWhiteSpace(page.QuerySelector("meta[name=description]")?.GetAttribute("content")), url);
            Assert.Equal(RealSite.BaseUrl + url, page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
            foreach (var property in new[] { "og:title", "og:description", "og:url", "og:image" })
                Assert.NotNull(page.QuerySelector($"meta[property='{property}']"));
            Assert.Equal(Urls.Manifest, page.QuerySelector("link[rel=manifest]")!.GetAttribute("href"));
        }
    }

    [Fact]
    public void Manifest_names_the_site_and_its_icons_exist()
    {
        using var manifest = System.Text.Json.JsonDocument.Parse(site.File(Urls.Manifest));
        Assert.Equal(site.Publication.Site.Title, manifest.RootElement.GetProperty("name").GetString());
        foreach (var icon in manifest.RootElement.GetProperty("icons").EnumerateArray())
            Assert.NotEmpty(site.File(icon.GetProperty("src").GetString()!));
    }

    [Fact]
    public void Sitemap_lists_every_page_but_the_404_and_robots_points_to_it()
    {
        var sitemap = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(site.File("sitemap.xml")));
        var listed = sitemap.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToHashSet();
        // Pages marked noindex (the 404 and the print handouts, which repeat their action line's page) are left out.
        var indexable = site.Documents.Where(d => d.Value.QuerySelector("meta[name=robots][content*=noindex]") is null).Select(d => RealSite.BaseUrl + d.Key);
        Assert.Equal(indexable.ToHashSet(), listed);
        Assert.DoesNotContain(RealSite.BaseUrl + "/404.html", listed);
        Assert.Contains($"Sitemap: {RealSite.BaseUrl}/sitemap.xml", Encoding.UTF8.GetString(site.File("robots.txt")));
    }

    [Fact]
    public void Long_source_texts_are_split_into_parts_that_keep_every_line()
    {
        var source = site.Publication.Sources.MaxBy(s => s.Text.Length)!;
        var parts = Wsis.Render.Pages.SourcePlanner.SplitText(source.Text, Wsis.Render.Pages.SourcePlanner.SourcePartLength);
        Assert.True(parts.Count > 1);
        Assert.All(parts, p => Assert.True(p.Length <= Wsis.Render.Pages.SourcePlanner.SourcePartLength));
        Assert.Equal(Lines(source.Text), parts.SelectMany(Lines));
        Assert.NotNull(site.Documents[Urls.SourcePart(source.Id, parts.Count)]);

        static IEnumerable<string> Lines(string text) => text.Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0);
    }
}
