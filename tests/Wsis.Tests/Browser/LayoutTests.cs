namespace Wsis.Tests.Browser;

/// <summary>How pages lay out at phone and desktop widths: no sideways scrolling, roadmap cards and table.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class LayoutTests(ServedSite site)
{
    // The deepest elements that stick out past the right edge, to name the culprit in a failure.
    private const string Overflowing = """
        () => {
          const width = document.documentElement.clientWidth;
          if (document.documentElement.scrollWidth <= width) return [];
          return [...document.querySelectorAll("body *")]
            .filter(e => e.getBoundingClientRect().right > width + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > width + 1))
            .filter(e => !e.closest(".table-scroll"))
            .slice(0, 3).map(e => e.outerHTML.slice(0, 160));
        }
        """;

    [Fact]
    public async Task On_a_375px_phone_no_table_of_the_overview_pages_is_wider_than_the_screen()
    {
        var (context, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in new[] { "/", "/action-lines/", "/sdgs/by-action-line/", "/stakeholders/by-action-line/" })
        {
            await page.GotoAsync(site.Server.BaseUrl + url);
            var wide = await page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll("main table")]
                  .filter(t => t.getBoundingClientRect().right > document.documentElement.clientWidth + 1 || t.scrollWidth > t.clientWidth + 1)
                  .map(t => `${t.className} ${Math.round(t.getBoundingClientRect().width)}px`)
                """);
            problems.AddRange(wide.Select(w => $"{url}: {w}"));
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task No_kind_of_page_scrolls_sideways_on_a_375px_phone()
    {
        var (context, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in site.OnePageOfEachKind)
        {
            await page.GotoAsync(site.Server.BaseUrl + url, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
            var wide = await page.EvaluateAsync<string[]>(Overflowing);
            if (wide.Length > 0) problems.Add($"{url}: {string.Join(" | ", wide)}");
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Roadmap_rows_are_cards_on_a_phone_and_a_table_with_a_header_in_view_on_a_wide_screen()
    {
        var (phone, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 } });
        var page = await phone.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/action-lines/c5/");
        Assert.False(await page.IsVisibleAsync(".rows__head"));
        Assert.True(await page.IsVisibleAsync("#roadmap-geneva-a1 .row__o .row__h"), "Each card labels its cells.");
        await phone.CloseAsync();

        var (wide, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        page = await wide.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/action-lines/c5/");
        Assert.Equal("grid", await page.EvalOnSelectorAsync<string>("#roadmap-geneva-a1", "e => getComputedStyle(e).display"));
        // Scrolled to the last row of the group, the column headings are still at the top of the window, just below
        // the "on this page" bar, which stays there too.
        await page.EvalOnSelectorAsync("#roadmap-geneva .row:last-of-type", "e => e.scrollIntoView()");
        var toc = await page.EvalOnSelectorAsync<double[]>(".toc", "e => [e.getBoundingClientRect().top, e.getBoundingClientRect().bottom]");
        Assert.InRange(toc[0], -1, 1);
        var top = await page.EvalOnSelectorAsync<double>("#roadmap-geneva .rows__head", "e => e.getBoundingClientRect().top");
        Assert.InRange(top, toc[1] - 1, toc[1] + 8);
        await wide.CloseAsync();
    }
}
