using Wsis.Render;

namespace Wsis.Tests;

public class SiteStructureTests(RealSite site)
{
    [Fact]
    public void Real_content_builds_without_errors()
    {
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.IsError);
        Assert.True(site.Result.Succeeded);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/action-lines/")]
    [InlineData("/action-lines/c11/")]
    [InlineData("/action-lines/c11/priorities/15/")]
    [InlineData("/action-lines/c2/roadmap/geneva-d/")]
    [InlineData("/action-lines/c2/roadmap/wsis10-d/")]
    [InlineData("/sdgs/")]
    [InlineData("/sdgs/9/")]
    [InlineData("/stakeholders/")]
    [InlineData("/stakeholders/private-sector/")]
    [InlineData("/about/")]
    [InlineData("/404.html")]
    public void Site_has_the_page(string url)
    {
        var document = site.Page(url);
        Assert.NotNull(document.QuerySelector("main h1"));
    }

    [Fact]
    public void Every_action_line_and_goal_and_stakeholder_group_has_a_page()
    {
        var urls = site.Site.Pages.Select(p => p.Url).ToHashSet();
        var publication = site.Publication;
        Assert.Equal(11, publication.ActionLines.Count);
        Assert.All(publication.ActionLines, a => Assert.Contains(Urls.ActionLine(a.Id), urls));
        Assert.All(publication.ActionLines.SelectMany(a => a.Items), i => Assert.Contains(Urls.Item(i), urls));
        Assert.All(publication.Goals, g => Assert.Contains(Urls.Goal(g.Number), urls));
        Assert.All(publication.Stakeholders, s => Assert.Contains(Urls.Stakeholder(s.Slug), urls));
        Assert.All(publication.Pages, p => Assert.Contains(Urls.Page(p.Slug), urls));
    }

    [Fact]
    public void C11_page_lists_30_priorities_each_with_its_anchor()
    {
        var document = site.Page("/action-lines/c11/");
        var priorities = document.QuerySelectorAll("#priorities [id^='priority-']");
        Assert.Equal(30, priorities.Length);
        Assert.Equal(Enumerable.Range(1, 30).Select(n => $"priority-{n}"), priorities.Select(p => p.Id));
        Assert.All(priorities, p => Assert.NotNull(p.QuerySelector($"a[href='/action-lines/c11/priorities/{p.Id!["priority-".Length..]}/']")));
    }

    [Fact]
    public void Item_page_links_back_to_its_action_line_and_shows_its_text()
    {
        var document = site.Page("/action-lines/c11/priorities/15/");
        Assert.Contains("cross-border Internet Exchange Points (IXP)", document.QuerySelector("main")!.TextContent);
        Assert.NotNull(document.QuerySelector("main a[href='/action-lines/c11/#priority-15']"));
    }

    [Fact]
    public void Sdg_page_lists_exactly_the_items_linked_to_the_goal()
        => AssertListsExactly("/sdgs/9/", i => i.Sdgs.Any(l => l.Goal == 9));

    [Fact]
    public void Target_link_counts_for_its_goal()
    {
        var publication = site.Publication;
        var targetOnly = publication.ActionLines.SelectMany(a => a.Items)
            .First(i => i.Sdgs.Any(l => l.Target is not null) && i.Sdgs.All(l => l.Target is not null));
        var goal = targetOnly.Sdgs[0].Goal;
        var document = site.Page(Urls.Goal(goal));
        Assert.Contains(Urls.Item(targetOnly), document.QuerySelectorAll(".item-links a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void Stakeholder_page_lists_exactly_the_items_that_name_the_group()
        => AssertListsExactly("/stakeholders/private-sector/", i => i.Stakeholders.Slugs.Contains("private-sector"));

    [Fact]
    public void Each_item_links_to_its_sdgs_and_stakeholders()
    {
        var row = site.Publication.Index.ActionLinesById["C2"].Roadmap.First(r => r.Label == "A");
        var document = site.Page(Urls.Item(row));
        var hrefs = document.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.All(row.Sdgs, l => Assert.Contains(Urls.Goal(l.Goal), hrefs));
        Assert.All(row.Stakeholders.Slugs, s => Assert.Contains(Urls.Stakeholder(s), hrefs));
    }

    private void AssertListsExactly(string url, Func<Model.IItem, bool> listed)
    {
        var expected = site.Publication.ActionLines.SelectMany(a => a.Items).Where(listed).Select(Urls.Item).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(expected);
        var links = site.Page(url).QuerySelectorAll(".item-group .item-links > li > a").Select(a => a.GetAttribute("href")!).Order(StringComparer.Ordinal);
        Assert.Equal(expected, links);
    }
}
