using System.Text.Json.Nodes;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>`changes --from REF [--to REF] [--json]` on a small repository, for each kind of edit.</summary>
public class ChangesCommandTests
{
    private static EditionRepo Repo(ContentSet second) => new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Commit(second, "ed-two");

    private static JsonObject OnlyChange(JsonObject json) => Assert.Single(json["changes"]!.AsArray())!.AsObject();

    private static IReadOnlyList<string> Lines(string markdown) => markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public void A_changed_word_is_one_changed_field_with_the_word_marked()
    {
        using var repo = Repo(EditionCases.ChangedWord);

        var change = OnlyChange(repo.ChangesJson("ed-one", "ed-two"));
        var (exit, markdown, _) = repo.Changes("ed-one", "ed-two", json: false);

        Assert.Equal(("changed", "C11 priority 2"), ((string)change["kind"]!, (string)change["item"]!));
        var field = Assert.Single(change["fields"]!.AsArray())!;
        Assert.Equal("text", (string)field["name"]!);
        Assert.Equal([("del", "issues"), ("ins", "matters")], field["diff"]!.AsArray().Where(s => (string)s!["kind"]! != "same").Select(s => ((string)s!["kind"]!, (string)s["text"]!)));
        Assert.Equal(0, exit);
        Assert.Contains("  - text: Develop a coordinated approach on regional <del>issues</del> <ins>matters</ins>.", Lines(markdown));
        Assert.Contains(Lines(markdown), l => l.StartsWith("- **Changed** C11 priority 2: coordinated approach: text", StringComparison.Ordinal));
    }

    [Fact]
    public void A_removed_row_is_removed_with_the_pages_it_was_on()
    {
        using var repo = Repo(EditionCases.RemovedRow);

        var change = OnlyChange(repo.ChangesJson("ed-one", "ed-two"));
        var (_, markdown, _) = repo.Changes("ed-one", "ed-two", json: false);

        Assert.Equal(("removed", "C2 roadmap wsis10 a"), ((string)change["kind"]!, (string)change["item"]!));
        Assert.Equal(["/action-lines/c2/roadmap/wsis10-a/", "/action-lines/c2/", "/action-lines/c2/handout/", "/sdgs/17/", "/stakeholders/all/"],
            change["pages"]!.AsArray().Select(p => (string)p!));
        Assert.Contains(Lines(markdown), l => l.StartsWith("- **Removed** C2 roadmap a (WSIS+10 outcome documents)", StringComparison.Ordinal));
        Assert.Contains(Lines(markdown), l => l.StartsWith("  - <del>Develop and strengthen:", StringComparison.Ordinal));
    }

    [Fact]
    public void An_added_priority_is_added()
    {
        using var repo = Repo(EditionCases.AddedPriority);

        var json = repo.ChangesJson("ed-one", "ed-two");
        var change = OnlyChange(json);
        var (_, markdown, _) = repo.Changes("ed-one", "ed-two", json: false);

        Assert.Equal(("added", "C11 priority 3"), ((string)change["kind"]!, (string)change["item"]!));
        Assert.Equal(1, (int)json["counts"]!["added"]!);
        Assert.Contains("  - <ins>Build shared platforms for regional data.</ins>", Lines(markdown));
        Assert.Contains("From `ed-one`", markdown);
    }

    [Fact]
    public void A_retagged_sdg_changes_the_sdg_links_and_touches_both_goals_pages()
    {
        using var repo = Repo(EditionCases.RetaggedSdg);

        var change = OnlyChange(repo.ChangesJson("ed-one", "ed-two"));
        var (_, markdown, _) = repo.Changes("ed-one", "ed-two", json: false);

        var field = Assert.Single(change["fields"]!.AsArray())!;
        Assert.Equal(("sdgs", "9.1", "9.c"), ((string)field["name"]!, (string)field["before"]!, (string)field["after"]!));
        Assert.Contains("/sdgs/9/", change["pages"]!.AsArray().Select(p => (string)p!));
        Assert.Contains("  - SDG links: <del>9.1</del> <ins>9.c</ins>", Lines(markdown));
    }

    [Fact]
    public void A_reformat_only_is_no_change()
    {
        using var repo = Repo(EditionCases.ReformatOnly);

        var json = repo.ChangesJson("ed-one", "ed-two");
        var (exit, markdown, _) = repo.Changes("ed-one", "ed-two", json: false);

        Assert.NotEqual(repo.Git("rev-parse", "ed-one:content"), repo.Git("rev-parse", "ed-two:content"));
        Assert.Empty(json["changes"]!.AsArray());
        Assert.Equal(0, exit);
        Assert.EndsWith("no change to any item of the publication.", Lines(markdown)[^1]);
    }

    [Fact]
    public void Without_to_the_working_tree_is_compared()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one");
        EditionCases.ChangedWord.WriteTo(repo.Content);

        var json = repo.ChangesJson("ed-one");

        Assert.Equal("C11 priority 2", (string)OnlyChange(json)["item"]!);
        Assert.Null(json["to"]!["commit"]);
    }

    [Fact]
    public void Content_errors_on_either_side_exit_1_and_are_shown_at_the_ref()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal.Replace("action-lines/c11/priorities.yml", "  - number: 2", "  - number: two"), "broken");
        ContentSet.Minimal.WriteTo(repo.Content);

        var (exit, output, errors) = repo.Changes("broken", null, json: true);

        Assert.Equal(1, exit);
        Assert.Empty(output);
        Assert.Contains("broken:action-lines/c11/priorities.yml(", errors);
        Assert.Contains("WSIS102", errors);
    }
}
