using Wsis.Model;
using Wsis.Render;

namespace Wsis.Tests.Browser;

/// <summary>The Pagefind index the build makes, queried in Chromium through Pagefind's own JS API and through the search page.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchTests(ServedSite site)
{
    // Every result of a query (null = filters only), as site paths.
    private const string Query = """
        async ([term, filters]) => {
          const pagefind = await import("/pagefind/pagefind.js");
          await pagefind.init();
          const found = await pagefind.search(term, { filters });
          return (await Promise.all(found.results.map(r => r.data()))).map(d => d.url);
        }
        """;

    private IReadOnlyList<IItem> Items => site.Result.Publication!.ActionLines.SelectMany(a => a.Items).ToList();

    private async Task<Microsoft.Playwright.IPage> SearchPageAsync()
    {
        site.RequireBrowser();
        site.RequireSearchIndex();
        var (context, _) = await site.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + Urls.Search);
        return page;
    }

    private static async Task<HashSet<string>> QueryAsync(Microsoft.Playwright.IPage page, string? term, Dictionary<string, string> filters) =>
        (await page.EvaluateAsync<string[]>(Query, new object?[] { term, filters })).ToHashSet();

    [Fact]
    public async Task Search_index_holds_every_priority_and_roadmap_row()
    {
        var page = await SearchPageAsync();
        var indexed = new HashSet<string>();
        foreach (var line in site.Result.Publication!.ActionLines.Where(a => a.Items.Any()))
        {
            var found = await QueryAsync(page, null, new() { [SearchFilter.ActionLine] = line.Id });
            Assert.Equal(line.Items.Select(Urls.Item).Order(), found.Order());
            indexed.UnionWith(found);
        }
        Assert.Equal(Items.Select(Urls.Item).ToHashSet(), indexed);
        var priority = Items.OfType<Priority>().First();
        Assert.Contains(Urls.Item(priority), await QueryAsync(page, priority.KeyPhrase, []));
    }

    [Fact]
    public async Task Filtering_by_a_goal_returns_exactly_the_items_linked_to_it()
    {
        var page = await SearchPageAsync();
        var index = site.Result.Publication!.Index;
        foreach (var goal in site.Result.Publication.Goals)
        {
            var expected = (index.ItemsByGoal.GetValueOrDefault(goal.Number) ?? []).Select(Urls.Item).ToHashSet();
            var found = await QueryAsync(page, null, new() { [SearchFilter.Sdg] = SearchFilter.GoalValue(goal.Number) });
            Assert.True(expected.SetEquals(found), $"SDG {goal.Number}: expected {expected.Count} items, the index returned {found.Count}; missing {string.Join(", ", expected.Except(found))}; extra {string.Join(", ", found.Except(expected))}");
        }
    }

    [Fact]
    public async Task Search_page_finds_words_and_narrows_by_stakeholder()
    {
        var page = await SearchPageAsync();
        await page.SelectOptionAsync("#search-stakeholder", "ITU");
        await page.FillAsync("#q", "cybersecurity");
        await page.PressAsync("#q", "Enter");
        await page.WaitForSelectorAsync("[data-search-results] li a");
        var shown = await page.EvalOnSelectorAllAsync<string[]>("[data-search-results] li a", "links => links.map(a => new URL(a.href).pathname)");
        var itu = site.Result.Publication!.Index.ItemsByStakeholder["itu"].Select(Urls.Item).ToHashSet();
        Assert.NotEmpty(shown);
        Assert.All(shown, url => Assert.Contains(url, itu));
        Assert.Contains("stakeholder=ITU", page.Url);
        Assert.Matches(@"^\d+ results? for “cybersecurity”\.$", await page.TextContentAsync("[data-search-status]"));
    }
}
