namespace Wsis.Tests.Browser;

/// <summary>The quality bars every kind of page must meet, checked on the real site in Chromium under the production policy.</summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SiteQualityTests(ServedSite site)
{
    [Fact]
    public async Task Every_kind_of_page_passes_axe_wcag21_a_and_aa()
    {
        site.RequireBrowser();
        var tour = await site.Tour;
        Assert.Superset(site.OnePageOfEachKind.ToHashSet(), tour.Pages.ToHashSet());
        Assert.True(tour.AxeViolations.Count == 0, $"{tour.AxeViolations.Count} axe violations:\n{string.Join('\n', tour.AxeViolations.Take(40))}");
    }

    [Fact]
    public async Task No_kind_of_page_violates_the_content_security_policy()
    {
        site.RequireBrowser();
        var tour = await site.Tour;
        Assert.Contains("script-src 'self'", ContentSecurityPolicy.Current);
        Assert.DoesNotContain("unsafe-inline", ContentSecurityPolicy.Current);
        Assert.True(tour.PolicyViolations.Count == 0, string.Join('\n', tour.PolicyViolations.Take(40)));
    }

    [Fact]
    public async Task No_kind_of_page_logs_an_error_or_requests_a_missing_file()
    {
        site.RequireBrowser();
        var tour = await site.Tour;
        Assert.True(tour.ConsoleErrors.Count == 0, string.Join('\n', tour.ConsoleErrors.Take(40)));
        Assert.True(tour.FailedRequests.Count == 0, string.Join('\n', tour.FailedRequests.Take(40)));
    }

    [Fact]
    public async Task No_kind_of_page_makes_a_third_party_request()
    {
        site.RequireBrowser();
        var tour = await site.Tour;
        Assert.Empty(tour.ThirdPartyRequests);
    }

    [Fact]
    public async Task Key_pages_pass_axe_in_the_dark_scheme_and_on_a_phone()
    {
        string[] pages = ["/", "/action-lines/", "/action-lines/c5/", "/action-lines/c5/?sdg=9&stakeholder=itu", "/action-lines/c11/", "/sdgs/9/", "/sdgs/by-action-line/",
            "/stakeholders/by-action-line/", "/search/", "/action-lines/c2/roadmap/geneva-d/", "/sources/itu-roadmaps/notes/", "/404.html"];
        var violations = new List<string>();
        foreach (var (scheme, width) in new[] { (Microsoft.Playwright.ColorScheme.Dark, 1280), (Microsoft.Playwright.ColorScheme.Light, 375) })
        {
            var (context, _) = await site.NewContextAsync(new() { ColorScheme = scheme, ViewportSize = new() { Width = width, Height = 800 } });
            await context.AddInitScriptAsync(SiteTour.AxeSource);
            var page = await context.NewPageAsync();
            foreach (var url in pages)
            {
                await page.GotoAsync(site.Server.BaseUrl + url);
                violations.AddRange((await SiteTour.AxeViolationsAsync(page)).Select(v => $"{scheme} {width}px {url}: {v}"));
            }
            await context.CloseAsync();
        }
        Assert.True(violations.Count == 0, string.Join('\n', violations.Take(40)));
    }

    [Fact]
    public async Task Axe_reports_a_known_violation()
    {
        var (context, _) = await site.NewContextAsync();
        await context.AddInitScriptAsync(SiteTour.AxeSource);
        var page = await context.NewPageAsync();
        await page.GotoAsync(site.Server.BaseUrl + "/404.html");
        await page.EvaluateAsync("() => document.querySelector('main').append(Object.assign(document.createElement('img'), { src: '/missing.png' }))");
        Assert.Contains(await SiteTour.AxeViolationsAsync(page), v => v.StartsWith("image-alt", StringComparison.Ordinal));
        await context.CloseAsync();
    }
}
