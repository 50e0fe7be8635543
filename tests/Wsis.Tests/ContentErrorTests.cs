using Wsis.Diagnostics;
using Wsis.Tests.Support;
using static Wsis.Tests.Support.SmallSite;

namespace Wsis.Tests;

/// <summary>Each kind of content error is reported with its code, file and line, and never as an exception.</summary>
public class ContentErrorTests
{
    private static Diagnostic SingleError(ContentSet content, string code)
    {
        var result = content.Build();
        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 1, "Expected one error, got:\n" + string.Join("\n", errors));
        Assert.Equal(code, errors[0].Code);
        return errors[0];
    }

    [Fact]
    public void Reports_malformed_yaml_with_its_line()
    {
        var content = Content.Replace(Priorities, "  - number: 2\n", "  - number: 2\n    key_phrase: [unclosed\n");
        var error = SingleError(content, DiagnosticCodes.YamlSyntax);
        Assert.Equal(Priorities, error.Location.Path);
        var line = content.LineOf(Priorities, "  - number: 2\n");
        Assert.InRange(error.Location.Line, line + 1, line + 3);
    }

    [Fact]
    public void Reports_missing_required_field()
    {
        var content = Content.Replace(Priorities, "    key_phrase: \"shared approach\"\n", "");
        var error = SingleError(content, DiagnosticCodes.MissingField);
        Assert.Equal((Priorities, content.LineOf(Priorities, "  - number: 2\n")), (error.Location.Path, error.Location.Line));
        Assert.Contains("key_phrase", error.Message);
    }

    [Fact]
    public void Reports_wrong_type()
    {
        var content = Content.Replace(Priorities, "  - number: 2\n", "  - number: two\n");
        var error = SingleError(content, DiagnosticCodes.WrongType);
        Assert.Equal((Priorities, content.LineOf(Priorities, "  - number: two\n")), (error.Location.Path, error.Location.Line));
        Assert.Equal("  - number: ".Length + 1, error.Location.Column);
    }

    [Fact]
    public void Reports_duplicate_priority_number()
    {
        var content = Content.Replace(Priorities, "  - number: 2\n", "  - number: 1\n");
        var error = SingleError(content, DiagnosticCodes.DuplicateId);
        Assert.Equal((Priorities, content.LineOf(Priorities, "    key_phrase: \"shared approach\"") - 1), (error.Location.Path, error.Location.Line));
        Assert.Contains("Priority 1 of C1 is defined twice", error.Message);
    }

    [Fact]
    public void Reports_duplicate_roadmap_label_in_a_group()
    {
        const string roadmap = "action-lines/c1/roadmap.yml";
        var content = With((roadmap, """
            source: vision
            rows:
              - group: geneva
                label: "A"
                outcome: "Governments should act."
                sdgs: ["9"]
                expected_results: ["Action"]
                itu_activities: ["Studies"]
                stakeholders: all
              - group: geneva
                label: "A"
                outcome: "Governments should act again."
                sdgs: ["9"]
                expected_results: ["More action"]
                itu_activities: ["More studies"]
                stakeholders: all
            """));
        var error = SingleError(content, DiagnosticCodes.DuplicateId);
        Assert.Equal((roadmap, content.LineOf(roadmap, "    outcome: \"Governments should act again.\"") - 1), (error.Location.Path, error.Location.Line));
    }

    [Fact]
    public void Reports_unknown_sdg_goal()
    {
        var content = Content.Replace(Priorities, "    sdgs: []\n", "    sdgs: [\"18\"]\n");
        var error = SingleError(content, DiagnosticCodes.UnknownSdg);
        Assert.Equal((Priorities, content.LineOf(Priorities, "    sdgs: [\"18\"]")), (error.Location.Path, error.Location.Line));
        Assert.Contains("Unknown SDG '18'", error.Message);
    }

    [Fact]
    public void Reports_unknown_sdg_target_and_lists_the_goal_targets()
    {
        var content = Content.Replace(Priorities, "    sdgs: []\n", "    sdgs: [\"9.x\"]\n");
        var error = SingleError(content, DiagnosticCodes.UnknownSdg);
        Assert.Contains("9.x", error.Message);
        Assert.Contains("9.1, 9.c", error.Fix);
    }

    [Fact]
    public void Reports_unknown_stakeholder_and_suggests_the_nearest()
    {
        var content = Content.Replace(Priorities, "stakeholders: [governments]", "stakeholders: [governmnets]");
        var error = SingleError(content, DiagnosticCodes.UnknownStakeholder);
        Assert.Equal((Priorities, content.LineOf(Priorities, "stakeholders: [governmnets]")), (error.Location.Path, error.Location.Line));
        Assert.Contains("'governments'", error.Fix);
    }

    [Fact]
    public void Reports_reference_to_a_missing_page()
    {
        var content = Content.Replace(ActionLine, "status: published\n", "status: published\nrelated_pages: [abuot]\n");
        var error = SingleError(content, DiagnosticCodes.UnknownReference);
        Assert.Equal(ActionLine, error.Location.Path);
        Assert.Contains("'about'", error.Fix);
    }

    [Fact]
    public void Reports_markdown_link_to_a_missing_item()
    {
        var content = Content.With(About, Content.Text(About) + "\nSee [priority 99](/action-lines/c1/priorities/99/).\n");
        var error = SingleError(content, DiagnosticCodes.BrokenLink);
        Assert.Equal(About, error.Location.Path);
        Assert.Contains("/action-lines/c1/priorities/99/", error.Message);
    }

    [Fact]
    public void Collects_every_error_of_a_build()
    {
        var content = Content
            .Replace(Priorities, "  - number: 2\n", "  - number: two\n")
            .Replace(Priorities, "stakeholders: [governments]", "stakeholders: [nobody]")
            .Without("sdgs.yml");
        var codes = content.Build().Diagnostics.Where(d => d.IsError).Select(d => d.Code).ToHashSet();
        Assert.Superset(new HashSet<string> { DiagnosticCodes.WrongType, DiagnosticCodes.MissingFile }, codes);
    }
}
