using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace Wsis.Tests.Browser;

/// <summary>
/// One visit to one page of each kind (<see cref="PageKinds"/>), recording what each quality test asserts on: axe
/// violations (WCAG 2.1 A and AA), Content-Security-Policy violations, console errors, failed and third-party requests.
/// </summary>
public sealed record SiteTour(
    IReadOnlyList<string> Pages,
    IReadOnlyList<string> AxeViolations,
    IReadOnlyList<string> PolicyViolations,
    IReadOnlyList<string> ConsoleErrors,
    IReadOnlyList<string> FailedRequests,
    IReadOnlyList<string> ThirdPartyRequests)
{
    public static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private const string ListenForViolations = """
        window.__policyViolations = [];
        document.addEventListener("securitypolicyviolation", e => window.__policyViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || "inline"}`));
        """;

    /// <summary>axe-core as Deque.AxeCore bundles it, added to every page of a context before the page's own scripts.</summary>
    public static string AxeSource { get; } = new BundledAxeScriptProvider().GetScript();

    // Calling axe.run directly, rather than through Deque's page extension, keeps a page to a fraction of a second:
    // the extension re-injects axe and walks frames on each call. The tags and rules are the same.
    private const string RunAxeScript = """
        async tags => {
          const result = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
          return result.violations.flatMap(v => v.nodes.map(n => `${v.id} (${v.impact}) ${v.help} at ${n.target.join(" ")}: ${n.html}`));
        }
        """;

    public static async Task<IReadOnlyList<string>> AxeViolationsAsync(IPage page) =>
        await page.EvaluateAsync<string[]>(RunAxeScript, WcagTags);

    public static async Task<SiteTour> Run(ServedSite site)
    {
        var (context, thirdParty) = await site.NewContextAsync();
        await context.AddInitScriptAsync(ListenForViolations);
        await context.AddInitScriptAsync(AxeSource);
        var page = await context.NewPageAsync();
        var axe = new List<string>();
        var policy = new List<string>();
        var console = new List<string>();
        var failed = new List<string>();
        var current = "";
        page.Console += (_, message) =>
        {
            if (message.Type != "error") return;
            lock (console) console.Add($"{current}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (policy) policy.Add($"{current}: {message.Text}");
        };
        page.Response += (_, response) =>
        {
            if (response.Status >= 400 && response.Url != site.Server.BaseUrl + current) lock (failed) failed.Add($"{current}: {response.Status} {response.Url}");
        };
        // With an index, the search page runs a query too, so Pagefind's script, worker and WebAssembly load under the policy.
        var visits = site.NoSearchIndex is null ? site.OnePageOfEachKind.Append("/search/?q=security").ToList() : site.OnePageOfEachKind;
        foreach (var url in visits)
        {
            current = url;
            await page.GotoAsync(site.Server.BaseUrl + url, new() { WaitUntil = WaitUntilState.Load });
            if (url.StartsWith("/search/?", StringComparison.Ordinal))
                await page.WaitForSelectorAsync("[data-search-results] li", new() { Timeout = 15_000 });
            foreach (var violation in await page.EvaluateAsync<string[]>("window.__policyViolations"))
                policy.Add($"{url}: {violation}");
            axe.AddRange((await AxeViolationsAsync(page)).Select(v => $"{url}: {v}"));
        }
        await context.CloseAsync();
        return new SiteTour(visits, axe, policy, console, failed, thirdParty);
    }
}
