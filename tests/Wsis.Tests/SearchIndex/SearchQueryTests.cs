using Microsoft.Playwright;
using Wsis.Render;
using Wsis.Tests.Browser;
using Wsis.Tests.Support;

namespace Wsis.Tests.SearchIndex;

/// <summary>
/// The build's index queried through Pagefind's own pagefind.js and WebAssembly in Chromium, beside the index Pagefind
/// makes from the whole site: every item found by words of its own, each goal's filter giving exactly its items.
/// </summary>
[Collection(BrowserCollection.Name)]
[Trait("Category", "Browser")]
public sealed class SearchQueryTests(ServedSite site)
{
    // For each query (a term, or null for filters only, with filters), the URLs of all results.
    private const string Queries = """
        async (queries) => {
          const pagefind = await import("/pagefind/pagefind.js");
          await pagefind.init();
          const out = [];
          for (const [term, filters] of queries) {
            const found = await pagefind.search(term, { filters });
            out.push((await Promise.all(found.results.map(r => r.data()))).map(d => d.url));
          }
          return out;
        }
        """;

    [Theory]
    [InlineData("real")]
    [InlineData("sample")]
    public async Task Every_item_is_found_by_its_own_words_and_each_goal_filter_returns_exactly_its_items(string content)
    {
        var browser = site.RequireBrowser();
        using var temp = new TempFolder();
        var built = SearchSites.Build(content, temp);
        var publication = built.Result.Publication!;
        var items = publication.ActionLines.SelectMany(a => a.Items).ToList();
        var words = items.Select(i => (Url: Urls.Item(i), Term: OwnWords(i))).ToList();
        var goals = publication.Goals.Select(g => (Goal: g.Number, Items: (publication.Index.ItemsByGoal.GetValueOrDefault(g.Number) ?? []).Select(Urls.Item).ToHashSet())).ToList();
        var queries = words.Select(w => new object?[] { w.Term, new Dictionary<string, string>() })
            .Concat(goals.Select(g => new object?[] { null, new Dictionary<string, string> { [SearchFilter.Sdg] = SearchFilter.GoalValue(g.Goal) } }))
            .ToArray();

        var ours = await RunAsync(browser, built.Ours, queries);
        var pagefinds = await RunAsync(browser, built.Pagefinds, queries);

        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(ours[i].Contains(words[i].Url), $"“{words[i].Term}” did not find {words[i].Url}; it found {string.Join(", ", ours[i].Take(5))}");
            // What Pagefind's own index finds for the words, the build's finds too.
            Assert.Subset(ours[i].ToHashSet(), pagefinds[i].ToHashSet());
        }
        for (var g = 0; g < goals.Count; g++)
        {
            var found = ours[words.Count + g].ToHashSet();
            Assert.True(goals[g].Items.SetEquals(found), $"SDG {goals[g].Goal}: expected {goals[g].Items.Count} items, found {found.Count}");
            Assert.Equal(pagefinds[words.Count + g].Order(StringComparer.Ordinal), found.Order(StringComparer.Ordinal));
        }
    }

    // The first six words of the item's own text (a priority's text, a row's outcome), without their punctuation and Markdown.
    private static string OwnWords(Model.IItem item)
    {
        var text = item switch { Model.Priority p => p.Text, Model.RoadmapRow r => r.Outcome, _ => item.Title };
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.Contains("](", StringComparison.Ordinal) && !w.Contains("://", StringComparison.Ordinal))
            .Select(w => w.Trim().TrimStart('*', '_', '[', '(', '…', '"', '“').TrimEnd('*', '_', ']', ')', ',', '.', ':', ';', '…', '"', '”'))
            .Where(w => w.Any(char.IsLetterOrDigit));
        return string.Join(' ', words.Take(6));
    }

    private static async Task<IReadOnlyList<string[]>> RunAsync(IBrowser browser, string folder, object?[][] queries)
    {
        using var server = new StaticServer(folder, ContentSecurityPolicy.Current);
        var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(server.BaseUrl + Urls.Search);
        var results = await page.EvaluateAsync<string[][]>(Queries, queries);
        await context.CloseAsync();
        return results;
    }
}
