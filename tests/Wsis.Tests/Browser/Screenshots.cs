namespace Wsis.Tests.Browser;

/// <summary>
/// Full-page screenshots for checking the design by eye, kept out of the repository: set WSIS_SCREENSHOTS to a
/// folder (such as /tmp/shots) and run this class. Skipped otherwise, since a picture asserts nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class Screenshots(ServedSite site)
{
    [Fact]
    public async Task Key_pages_at_phone_and_desktop_widths()
    {
        var folder = Environment.GetEnvironmentVariable("WSIS_SCREENSHOTS");
        if (string.IsNullOrEmpty(folder)) Assert.Skip("Set WSIS_SCREENSHOTS=/tmp/shots to write screenshots for review.");
        site.RequireBrowser();
        Directory.CreateDirectory(folder);
        var pages = new Dictionary<string, string>
        {
            ["home"] = "/", ["action-lines"] = "/action-lines/", ["c5"] = "/action-lines/c5/", ["c6"] = "/action-lines/c6/",
            ["c11"] = "/action-lines/c11/", ["row"] = "/action-lines/c5/roadmap/geneva-b1/", ["priority"] = "/action-lines/c11/priorities/7/",
            ["sdg-9"] = "/sdgs/9/", ["stakeholder"] = "/stakeholders/governments/", ["matrix"] = "/sdgs/by-action-line/",
            ["matrix-stakeholders"] = "/stakeholders/by-action-line/", ["search"] = "/search/?q=security&type=Priority",
            ["c5-filtered"] = "/action-lines/c5/?sdg=9#filter", ["not-found"] = "/404.html", ["handout-c5"] = "/action-lines/c5/handout/",
            ["background"] = "/background/",
        };
        var metrics = new List<string>();
        foreach (var scheme in new[] { Microsoft.Playwright.ColorScheme.Light, Microsoft.Playwright.ColorScheme.Dark })
        foreach (var width in new[] { 375, 1280 })
        {
            var (context, _) = await site.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, ColorScheme = scheme });
            var page = await context.NewPageAsync();
            foreach (var (name, url) in pages)
            {
                await page.GotoAsync(site.Server.BaseUrl + url);
                if (name == "search") await page.WaitForTimeoutAsync(1500);
                var suffix = scheme == Microsoft.Playwright.ColorScheme.Dark ? "-dark" : "";
                if (url.Contains('#'))
                {
                    await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}{suffix}.png") });
                    continue;
                }
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, $"{name}-{width}{suffix}.png"), FullPage = true });
                var first = await page.EvaluateAsync<int>("(() => { const e = document.querySelector('.items > .item, .rows > .row'); return e ? Math.round(e.getBoundingClientRect().top + scrollY) : -1; })()");
                metrics.Add($"{name}\t{width}{suffix}\theight {await page.EvaluateAsync<int>("document.documentElement.scrollHeight")}\tfirst item {first}");
                // Long pages also in screen-sized slices, readable at full size.
                var height = await page.EvaluateAsync<int>("document.documentElement.scrollHeight");
                var slice = width < 600 ? 1300 : 1000;
                for (var part = 0; part * slice < height && part < 4; part++)
                    await page.ScreenshotAsync(new()
                    {
                        Path = Path.Combine(folder, $"{name}-{width}{suffix}-{part + 1}.png"), FullPage = true,
                        Clip = new() { X = 0, Y = part * slice, Width = width, Height = Math.Min(slice, height - part * slice) },
                    });
            }
            if (width == 1280 && scheme == Microsoft.Playwright.ColorScheme.Light)
                foreach (var name in new[] { "c5", "row", "matrix", "handout-c5" })
                {
                    // The print stylesheet, as Chromium prints to PDF.
                    await page.GotoAsync(site.Server.BaseUrl + pages[name]);
                    await page.PdfAsync(new() { Path = Path.Combine(folder, $"{name}-print.pdf"), Format = "A4" });
                }
            await context.CloseAsync();
        }
        await File.WriteAllLinesAsync(Path.Combine(folder, "metrics.tsv"), metrics, TestContext.Current.CancellationToken);
    }
}
