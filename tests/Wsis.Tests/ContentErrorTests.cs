using Wsis.Diagnostics;

namespace Wsis.Tests;

/// <summary>Each kind of content error is reported with its code, file and line, and never as an exception.</summary>
public class ContentErrorTests
{
    private const string C11 = "action-lines/c11/priorities.yml";
    private const string C2 = "action-lines/c2/roadmap.yml";

    private static Diagnostic SingleError(IReadOnlyList<Wsis.Load.RawFile> files, string code)
    {
        var result = TestContent.Build(files);
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors));
        Assert.Equal(code, errors[0].Code);
        return errors[0];
    }

    [Fact]
    public void Reports_malformed_yaml_with_its_line()
    {
        var files = TestContent.Replace(C11, "  - number: 2\n", "  - number: 2\n    key_phrase: [unclosed\n");
        var error = SingleError(files, DiagnosticCodes.YamlSyntax);
        Assert.Equal(C11, error.Location.Path);
        Assert.InRange(error.Location.Line, TestContent.LineOf(C11, "  - number: 2\n") + 1, TestContent.LineOf(C11, "  - number: 2\n") + 3);
    }

    [Fact]
    public void Reports_missing_required_field()
    {
        var files = TestContent.Replace(C11, "    key_phrase: \"international projects\"\n", "");
        var error = SingleError(files, DiagnosticCodes.MissingField);
        Assert.Equal(C11, error.Location.Path);
        Assert.Equal(TestContent.LineOf(C11, "  - number: 4\n"), error.Location.Line);
        Assert.Contains("key_phrase", error.Message);
    }

    [Fact]
    public void Reports_wrong_type()
    {
        var files = TestContent.Replace(C11, "  - number: 4\n", "  - number: four\n");
        var error = SingleError(files, DiagnosticCodes.WrongType);
        Assert.Equal((C11, TestContent.LineOf(C11, "  - number: 4\n")), (error.Location.Path, error.Location.Line));
        Assert.Equal(13, error.Location.Column);
    }

    [Fact]
    public void Reports_duplicate_priority_number()
    {
        var files = TestContent.Replace(C11, "  - number: 4\n", "  - number: 3\n");
        var error = SingleError(files, DiagnosticCodes.DuplicateId);
        Assert.Equal((C11, TestContent.LineOf(C11, "  - number: 4\n")), (error.Location.Path, error.Location.Line));
        Assert.Contains("Priority 3 of C11 is defined twice", error.Message);
    }

    [Fact]
    public void Reports_duplicate_roadmap_label_in_a_group()
    {
        var files = TestContent.Replace(C2, "    label: \"B\"\n", "    label: \"A\"\n");
        var error = SingleError(files, DiagnosticCodes.DuplicateId);
        Assert.Equal((C2, TestContent.LineOf(C2, "    label: \"B\"\n")), (error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void Reports_unknown_sdg_goal()
    {
        var files = TestContent.Replace(C11, "sdgs: []\n    stakeholders: [international-organizations]", "sdgs: [\"18\"]\n    stakeholders: [international-organizations]");
        var error = SingleError(files, DiagnosticCodes.UnknownSdg);
        Assert.Equal(C11, error.Location.Path);
        Assert.Equal(TestContent.LineOf(C11, "sdgs: []\n    stakeholders: [international-organizations]"), error.Location.Line);
        Assert.Contains("Unknown SDG '18'", error.Message);
    }

    [Fact]
    public void Reports_unknown_sdg_target_and_lists_the_goal_targets()
    {
        var files = TestContent.Replace(C11, "sdgs: []\n    stakeholders: [international-organizations]", "sdgs: [\"9.x\"]\n    stakeholders: [international-organizations]");
        var error = SingleError(files, DiagnosticCodes.UnknownSdg);
        Assert.Contains("9.x", error.Message);
        Assert.Contains("9.1, 9.2, 9.3, 9.4, 9.5, 9.a, 9.b, 9.c", error.Fix);
    }

    [Fact]
    public void Reports_unknown_stakeholder_and_suggests_the_nearest()
    {
        var files = TestContent.Replace(C11, "stakeholders: [international-organizations]", "stakeholders: [internatonal-organizations]");
        var error = SingleError(files, DiagnosticCodes.UnknownStakeholder);
        Assert.Equal(C11, error.Location.Path);
        Assert.Equal(TestContent.LineOf(C11, "stakeholders: [international-organizations]"), error.Location.Line);
        Assert.Contains("'international-organizations'", error.Fix);
    }

    [Fact]
    public void Reports_reference_to_a_missing_page()
    {
        const string overview = "action-lines/c11/action-line.md";
        var files = TestContent.Replace(overview, "related_pages: [", "related_pages: [enhanced-cooperaton, ");
        var error = SingleError(files, DiagnosticCodes.UnknownReference);
        Assert.Equal(overview, error.Location.Path);
        Assert.Contains("'enhanced-cooperation'", error.Fix);
    }

    [Fact]
    public void Reports_markdown_link_to_a_missing_item()
    {
        const string page = "pages/about.md";
        var text = TestContent.Text(page);
        var files = TestContent.With((page, text + "\nSee [priority 99](/action-lines/c11/priorities/99/).\n"));
        var error = SingleError(files, DiagnosticCodes.BrokenLink);
        Assert.Equal(page, error.Location.Path);
        Assert.Contains("/action-lines/c11/priorities/99/", error.Message);
    }

    [Fact]
    public void Collects_every_error_of_a_build()
    {
        var text = TestContent.Text(C11)
            .Replace("  - number: 4\n", "  - number: four\n")
            .Replace("stakeholders: [international-organizations]", "stakeholders: [nobody]");
        var result = TestContent.Build(TestContent.With((C11, text), ("sdgs.yml", null)));
        var codes = result.Diagnostics.Where(d => d.IsError).Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.WrongType, DiagnosticCodes.MissingFile }, codes);
    }
}
