namespace Wsis.Tests.Browser;

/// <summary>How pages lay out at phone and desktop widths: no sideways scrolling, roadmap cards and table.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LayoutTests(BuiltSite site)
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
    public async Task No_page_scrolls_sideways_on_a_375px_phone()
    {
        var (context, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = 375, Height = 800 }, JavaScriptEnabled = true });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        foreach (var url in site.PageUrls)
        {
            await page.GotoAsync(site.Server.BaseUrl + url, new() { WaitUntil = Microsoft.Playwright.WaitUntilState.DOMContentLoaded });
            var wide = await page.EvaluateAsync<string[]>(Overflowing);
            if (wide.Length > 0) problems.Add($"{url}: {string.Join(" | ", wide)}");
        }
        await context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }
}
