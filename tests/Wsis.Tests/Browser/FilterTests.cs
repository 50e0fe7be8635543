using Wsis.Render;

namespace Wsis.Tests.Browser;

/// <summary>The action line filter: a few lines of script that narrow the items, and nothing lost without them.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class FilterTests(ServedSite site)
{
    private const string VisibleItems = "() => [...document.querySelectorAll('main [data-sdgs]')].filter(e => e.offsetParent !== null).map(e => e.id)";

    private Model.ActionLine C5 => site.Result.Publication!.ActionLines.Single(a => a.Id == "C5");

    [Fact]
    public async Task Choosing_a_goal_and_a_group_shows_only_the_items_that_name_both()
    {
        var (context, _) = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Urls.ActionLine("C5"));
        await page.SelectOptionAsync("#filter-sdg", "9");
        Assert.Equal(C5.Items.Where(i => i.Sdgs.Any(l => l.Goal == 9)).Select(i => i.Anchor), await page.EvaluateAsync<string[]>(VisibleItems));
        await page.SelectOptionAsync("#filter-stakeholder", "itu");
        var both = C5.Items.Where(i => i.Sdgs.Any(l => l.Goal == 9) && i.Stakeholders.Slugs.Contains("itu")).Select(i => i.Anchor).ToList();
        Assert.Equal(both, await page.EvaluateAsync<string[]>(VisibleItems));
        var status = await page.TextContentAsync("[data-filter-status]");
        Assert.StartsWith($"Showing {both.Count} of {C5.Items.Count()} items: those that name SDG 9: ", status);
        Assert.Contains(" and ITU.", status);
        // Each shown item marks what matched, and every section's count says how many of its items are left.
        var unmarked = await page.EvaluateAsync<string[]>("() => [...document.querySelectorAll('main [data-sdgs]:not([hidden])')].filter(i => !i.querySelector('.badge.is-match') || !i.querySelector('.tag.is-match')).map(i => i.id)");
        Assert.Empty(unmarked);
        var geneva = C5.Roadmap.Count(r => r.Group == Model.RoadmapGroup.Geneva);
        var genevaLeft = C5.Roadmap.Count(r => r.Group == Model.RoadmapGroup.Geneva && both.Contains(r.Anchor));
        Assert.Equal($"({genevaLeft} of {geneva})", (await page.TextContentAsync("#roadmap-geneva-title .count"))!);
        Assert.Contains("sdg=9", page.Url);

        await page.ClickAsync("form[data-filter] button[type=reset]");
        await page.WaitForFunctionAsync("() => !document.querySelector('[data-filter-status]').textContent");
        Assert.Equal(C5.Items.Count(), (await page.EvaluateAsync<string[]>(VisibleItems)).Length);
        await context.CloseAsync();
    }

    [Fact]
    public async Task A_filter_in_the_address_is_applied_on_arrival()
    {
        var (context, _) = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Urls.ActionLine("C5") + "?stakeholder=all");
        Assert.Equal(C5.Items.Where(i => i.Stakeholders.All).Select(i => i.Anchor), await page.EvaluateAsync<string[]>(VisibleItems));
        await context.CloseAsync();
    }

    [Fact]
    public async Task Without_javascript_every_item_shows_and_the_filter_stays_hidden()
    {
        var (context, _) = await site.NewContextAsync(new() { JavaScriptEnabled = false, ViewportSize = new() { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Urls.ActionLine("C5") + "?sdg=9");
        Assert.Equal(C5.Items.Select(i => i.Anchor), await page.EvalOnSelectorAllAsync<string[]>("main [data-sdgs]", "items => items.filter(e => e.offsetParent !== null).map(e => e.id)"));
        Assert.False(await page.IsVisibleAsync("form[data-filter]"));
        await context.CloseAsync();
    }
}
