using AngleSharp.Dom;
using Wsis.Build;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>Two editions in a small git repository: the edition's page, the item's history, the citation, the permalinks, the open data.</summary>
public class EditionPageTests
{
    private static (EditionRepo Repo, BuildResult Result) TwoEditions(ContentSet second)
    {
        var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Commit(second, "ed-two").Editions(("first", "ed-one"), ("second", "ed-two"));
        var result = repo.Build();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        return (repo, result);
    }

    private static IElement Change(IDocument page, string id) =>
        page.GetElementById(id) ?? throw new Xunit.Sdk.XunitException($"No change #{id} on the page");

    [Fact]
    public void A_changed_word_is_the_only_text_marked_on_the_edition_page()
    {
        var (repo, result) = TwoEditions(EditionCases.ChangedWord);
        using var _ = repo;

        var page = Html.Page(result, "/editions/second/");
        var change = Change(page, "change-c11-priority-2");

        Assert.Equal(["changed"], page.QuerySelectorAll("article.change .change__kind").Select(k => k.TextContent));
        Assert.Equal(["issues"], change.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["matters"], change.QuerySelectorAll("ins").Select(d => d.TextContent));
        Assert.Equal("Develop a coordinated approach on regional issues matters.", change.QuerySelector(".word-diff")!.TextContent.Trim());
        Assert.Equal("/action-lines/c11/priorities/2/", change.QuerySelector("h3 a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_removed_row_is_listed_as_removed_with_its_text_and_the_page_it_had()
    {
        var (repo, result) = TwoEditions(EditionCases.RemovedRow);
        using var _ = repo;

        var change = Change(Html.Page(result, "/editions/second/"), "change-c2-roadmap-wsis10-a");

        Assert.Equal("removed", change.QuerySelector(".change__kind")!.TextContent);
        Assert.Null(change.QuerySelector("h3 a"));
        Assert.StartsWith("Develop and strengthen", change.QuerySelector(".change__text del")!.TextContent);
        var earlier = change.QuerySelector(".change__earlier a")!.GetAttribute("href")!;
        Assert.Equal("/editions/first/c2/roadmap/wsis10-a/", earlier);
        Assert.Contains("The second edition removed it.", Html.Page(result, earlier).QuerySelector(".edition-notice")!.TextContent);
    }

    [Fact]
    public void An_added_priority_is_added_on_the_edition_page_and_in_its_history()
    {
        var (repo, result) = TwoEditions(EditionCases.AddedPriority);
        using var _ = repo;

        var change = Change(Html.Page(result, "/editions/second/"), "change-c11-priority-3");
        var history = Html.Page(result, "/action-lines/c11/priorities/3/").QuerySelectorAll(".history li").ToList();

        Assert.Equal("added", change.QuerySelector(".change__kind")!.TextContent);
        Assert.Equal("Build shared platforms for regional data.", change.QuerySelector(".change__text ins")!.TextContent);
        var entry = Assert.Single(history);
        Assert.Equal("Added in the second edition (2026-02-20).", entry.QuerySelector("a")!.TextContent);
        Assert.Equal("/editions/second/#change-c11-priority-3", entry.QuerySelector("a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_retagged_sdg_shows_in_the_item_history_with_links_to_the_diff_and_the_earlier_text()
    {
        var (repo, result) = TwoEditions(EditionCases.RetaggedSdg);
        using var _ = repo;

        var change = Change(Html.Page(result, "/editions/second/"), "change-c11-priority-1");
        var item = Html.Page(result, "/action-lines/c11/priorities/1/");
        var entries = item.QuerySelectorAll(".history li").ToList();

        Assert.Equal(["SDG links"], change.QuerySelectorAll(".change__fields dt").Select(d => d.TextContent));
        Assert.Equal(["9.1"], change.QuerySelectorAll("del").Select(d => d.TextContent));
        Assert.Equal(["9.c"], change.QuerySelectorAll("ins").Select(d => d.TextContent));
        Assert.Equal(2, entries.Count);
        Assert.StartsWith("In the first edition (2026-01-20).", entries[0].TextContent);
        var links = entries[1].QuerySelectorAll("a").ToList();
        Assert.Equal("Changed in the second edition (2026-02-20): SDG links.", links[0].TextContent);
        Assert.Equal("/editions/second/#change-c11-priority-1", links[0].GetAttribute("href"));
        Assert.Equal("/editions/first/c11/priorities/1/", links[1].GetAttribute("href"));
        Assert.Contains("Second edition (2026-02-20).", item.GetElementById("cite-text")!.TextContent);
    }

    [Fact]
    public void An_item_as_it_stood_in_an_earlier_edition_has_its_old_text_and_stays_out_of_the_sitemap_and_search()
    {
        var (repo, result) = TwoEditions(EditionCases.ChangedWord);
        using var _ = repo;

        var earlier = Html.Page(result, "/editions/first/c11/priorities/2/");
        var sitemap = System.Text.Encoding.UTF8.GetString(result.Site!.Files.Single(f => f.Path == "sitemap.xml").Content);

        Assert.Equal("Develop a coordinated approach on regional issues.", earlier.QuerySelector(".item__text")!.TextContent);
        Assert.Equal("noindex", earlier.QuerySelector("meta[name=robots]")!.GetAttribute("content"));
        Assert.Null(earlier.QuerySelector("[data-pagefind-body]"));
        Assert.DoesNotContain("/editions/first/", sitemap);
        Assert.Equal("/action-lines/c11/priorities/2/", earlier.QuerySelectorAll(".edition-notice a").Last().GetAttribute("href"));
    }

    [Fact]
    public void A_reformat_of_the_yaml_only_is_no_change()
    {
        var (repo, result) = TwoEditions(EditionCases.ReformatOnly);
        using var _ = repo;

        var page = Html.Page(result, "/editions/second/");

        Assert.Empty(page.QuerySelectorAll("article.change"));
        Assert.Contains("No priority or roadmap row changed in this edition.", page.QuerySelector("main")!.TextContent);
        Assert.Single(Html.Page(result, "/action-lines/c11/priorities/1/").QuerySelectorAll(".history li"));
    }

    [Fact]
    public void The_open_data_carries_the_history()
    {
        var (repo, result) = TwoEditions(EditionCases.RetaggedSdg);
        using var _ = repo;

        var json = System.Text.Json.Nodes.JsonNode.Parse(result.Site!.Files.Single(f => f.Path == "data/editions.json").Content)!;
        var change = json["editions"]![1]!["changes"]![0]!;

        Assert.Equal(["first", "second"], json["editions"]!.AsArray().Select(e => (string)e!["id"]!));
        Assert.Null(json["editions"]![0]!["changes"]);
        Assert.Equal("C11 priority 1", (string)change["item"]!);
        Assert.Equal("9.1", (string)change["fields"]![0]!["before"]!);
        Assert.Equal("9.c", (string)change["fields"]![0]!["after"]!);
        Assert.Contains(Html.Page(result, "/data/").QuerySelectorAll("a"), a => a.GetAttribute("href") == "/data/editions.json");
    }

    [Fact]
    public void With_one_edition_the_pages_say_so_and_there_is_no_diff_page()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Editions(("first", "ed-one"));

        var result = repo.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var index = Html.Page(result, "/editions/");
        Assert.Contains("one edition so far", index.QuerySelector(".lead")!.TextContent);
        Assert.Null(index.QuerySelector(".edition__title a"));
        Assert.DoesNotContain(result.Site!.Pages, p => p.Url.StartsWith("/editions/first", StringComparison.Ordinal));
        Assert.Equal(["In the first edition (2026-01-20)."], Html.Page(result, "/action-lines/c2/roadmap/geneva-a/").QuerySelectorAll(".history li").Select(l => l.TextContent));
    }

    [Fact]
    public void Without_editions_yml_the_site_has_no_editions_pages()
    {
        var result = ContentSet.Minimal.Build();

        Assert.DoesNotContain(result.Site!.Pages, p => p.Url.StartsWith("/editions/", StringComparison.Ordinal));
        Assert.Null(Html.Page(result, "/action-lines/c2/roadmap/geneva-a/").QuerySelector(".history"));
    }
}
