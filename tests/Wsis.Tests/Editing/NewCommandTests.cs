using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Scaffold;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editing;

public class NewCommandTests
{
    private static IReadOnlyList<RawFile> Minimal => ContentSet.Minimal.ToRawFiles();

    private static ContentSet Apply(ScaffoldResult result)
    {
        Assert.Null(result.Error);
        return ContentSet.Minimal.With(result.Value!.Path, result.Value.Text);
    }

    [Fact]
    public void New_priority_takes_the_next_free_number_and_check_asks_only_for_the_empty_required_fields()
    {
        var result = EntryScaffolder.Priority(Minimal, "C11");
        var content = Apply(result);

        var build = content.Build();

        Assert.Equal("action-lines/c11/priorities.yml", result.Value!.Path);
        Assert.Contains("- number: 3", content.Text(result.Value.Path).Split('\n')[result.Value.Line - 1]);
        var errors = build.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal([(DiagnosticCodes.MissingField, result.Value.Line + 1), (DiagnosticCodes.MissingField, result.Value.Line + 2)],
            errors.Select(e => (e.Code, e.Location.Line)));
    }

    [Fact]
    public void A_new_priority_filled_in_builds()
    {
        var result = EntryScaffolder.Priority(Minimal, "c11");
        var content = Apply(result)
            .Replace("action-lines/c11/priorities.yml", "key_phrase: \"\"", "key_phrase: \"open data\"")
            .Replace("action-lines/c11/priorities.yml", "text: \"\"", "text: \"Share **open data**.\"");

        var build = content.Build();

        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains(build.Site!.Pages, p => p.Url == "/action-lines/c11/priorities/3/");
        Assert.Empty(SchemaCatalog.Errors("action-lines/c11/priorities.yml", content.Text("action-lines/c11/priorities.yml")));
    }

    [Fact]
    public void New_row_follows_the_last_label_of_its_group_and_stays_with_its_group()
    {
        var geneva = EntryScaffolder.Row(Minimal, "C2", "geneva", null);
        var wsis10 = EntryScaffolder.Row(ContentSet.FromFiles(Apply(geneva).ToRawFiles()).ToRawFiles(), "C2", "wsis10", null);
        var content = ContentSet.Minimal.With(wsis10.Value!.Path, wsis10.Value.Text);

        var labels = SchemaCatalog.Json("action-lines/c2/roadmap.yml", content.Text("action-lines/c2/roadmap.yml"))!["rows"]!
            .Select(r => $"{r["group"]}-{r["label"]}").ToList();
        var build = content.Build();

        Assert.Equal(["geneva-A", "geneva-B", "wsis10-a", "wsis10-b"], labels);
        Assert.All(build.Diagnostics.Where(d => d.IsError), d => Assert.Equal(DiagnosticCodes.MissingField, d.Code));
        Assert.Equal(2, build.Diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void New_row_for_an_action_line_without_a_roadmap_creates_the_file_with_the_action_lines_source()
    {
        var result = EntryScaffolder.Row(Minimal, "C11", "wsis10", null);
        var content = Apply(result).Replace("action-lines/c11/roadmap.yml", "outcome: \"\"", "outcome: \"Strengthen cooperation.\"");

        var build = content.Build();

        Assert.True(result.Value!.IsNewFile);
        Assert.Contains("source: vision", result.Value.Text);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Contains(build.Site!.Pages, p => p.Url == "/action-lines/c11/roadmap/wsis10-a/");
    }

    [Theory]
    [InlineData("C2", "geneva", "a", "exists already")]
    [InlineData("C2", "paris", null, "Unknown roadmap group 'paris'")]
    [InlineData("C2", "geneva", "../x", "cannot be used")]
    [InlineData("C12", "geneva", null, "not an action line")]
    [InlineData("C5", "geneva", null, "There is no action-lines/c5/action-line.md")]
    public void New_row_refuses_what_would_not_build(string line, string group, string? label, string message)
    {
        var result = EntryScaffolder.Row(Minimal, line, group, label);

        Assert.Null(result.Value);
        Assert.Contains(message, result.Error);
    }

    [Theory]
    [InlineData("About", "cannot be used in a web address")]
    [InlineData("../escape", "cannot be used in a web address")]
    [InlineData("background", "used by the site itself")]
    [InlineData("about", "exists already")]
    public void New_page_refuses_unsafe_reserved_or_taken_names(string slug, string message)
    {
        var result = EntryScaffolder.Page(Minimal, slug);

        Assert.Contains(message, result.Error);
    }

    [Fact]
    public void New_page_comes_after_the_last_page_and_builds_once_titled()
    {
        var result = EntryScaffolder.Page(Minimal, "internet-governance");
        var content = Apply(result).Replace("pages/internet-governance.md", "title: \"\"", "title: Internet governance");

        var build = content.Build();

        Assert.Contains("order: 20", result.Value!.Text);
        Assert.True(build.Succeeded, string.Join("\n", build.Diagnostics));
        Assert.Empty(SchemaCatalog.Errors("pages/internet-governance.md", content.Text("pages/internet-governance.md")));
    }

    [Theory]
    [InlineData(new string[0], true, "A")]
    [InlineData(new string[0], false, "a")]
    [InlineData(new[] { "A", "B" }, true, "C")]
    [InlineData(new[] { "A1", "A2", "B5" }, true, "B6")]
    [InlineData(new[] { "i", "ii", "iii" }, false, "iv")]
    [InlineData(new[] { "h", "i" }, false, "j")]
    [InlineData(new[] { "b", "A" }, false, "C")]
    public void Next_label_continues_the_groups_numbering(string[] labels, bool upper, string expected)
    {
        Assert.Equal(expected, Labels.Next(labels, upper));
    }

    [Fact]
    public void Next_label_gives_up_after_z_so_the_editor_names_it()
    {
        Assert.Null(Labels.Next(["y", "z"], false));
    }

    [Fact]
    public void New_command_writes_the_entry_into_the_content_folder_and_exits_0()
    {
        using var folder = new TempFolder();
        ContentSet.Minimal.WriteTo(folder.Path);
        var output = new StringWriter();

        var exit = NewCommand.Run(folder.Path, files => EntryScaffolder.Priority(files, "C11"), output, new StringWriter());

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains("- number: 3", File.ReadAllText(folder.Combine("action-lines", "c11", "priorities.yml")));
        Assert.Contains("action-lines/c11/priorities.yml, line 15.", output.ToString());
    }

    [Fact]
    public void New_command_with_an_unknown_action_line_exits_2_and_writes_nothing()
    {
        using var folder = new TempFolder();
        ContentSet.Minimal.WriteTo(folder.Path);
        var errors = new StringWriter();

        var exit = NewCommand.Run(folder.Path, files => EntryScaffolder.Priority(files, "C13"), new StringWriter(), errors);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("C1 to C11", errors.ToString());
        Assert.False(File.Exists(folder.Combine("action-lines", "c13", "priorities.yml")));
    }

    [Fact]
    public void New_priority_after_the_largest_number_there_can_be_fails_instead_of_wrapping_round()
    {
        var files = ContentSet.Minimal.Replace("action-lines/c11/priorities.yml", "  - number: 2", "  - number: 2147483647").ToRawFiles();

        var result = EntryScaffolder.Priority(files, "C11");

        Assert.Null(result.Value);
        Assert.Contains("no next one", result.Error);
    }

    [Fact]
    public void New_priority_in_a_flow_style_list_fails_and_names_the_line_rather_than_breaking_the_file()
    {
        var files = ContentSet.Minimal.With("action-lines/c11/priorities.yml",
            "source: vision\npriorities: [{number: 1, key_phrase: \"a\", text: \"An **a**.\", sdgs: [], stakeholders: all}]\n").ToRawFiles();

        var result = EntryScaffolder.Priority(files, "C11");

        Assert.Null(result.Value);
        Assert.StartsWith("action-lines/c11/priorities.yml(2,", result.Error);
        Assert.Contains("flow style", result.Error);
    }

    [Theory]
    [InlineData("about\n")]
    [InlineData("notes\n")]
    public void New_page_refuses_a_name_that_ends_in_a_line_break(string slug)
    {
        using var folder = new TempFolder();
        ContentSet.Minimal.WriteTo(folder.Path);
        var errors = new StringWriter();

        var exit = NewCommand.Run(folder.Path, files => EntryScaffolder.Page(files, slug), new StringWriter(), errors);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("cannot be used in a web address", errors.ToString());
        Assert.Empty(Directory.GetFiles(folder.Combine("pages"), "*\n*"));
    }
}
