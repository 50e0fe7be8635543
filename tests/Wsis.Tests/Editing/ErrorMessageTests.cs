using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editing;

/// <summary>Errors that teach: the nearest valid value, the offending line with a caret, and the fix.</summary>
public class ErrorMessageTests
{
    private const string Priorities = "action-lines/c11/priorities.yml";
    private const string Roadmap = "action-lines/c2/roadmap.yml";

    private static Diagnostic Only(ContentSet content, string code)
    {
        var result = content.Build();
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    [Fact]
    public void An_unknown_target_lists_the_targets_of_its_goal()
    {
        var error = Only(ContentSet.Minimal.Replace(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"9.x\"]"), DiagnosticCodes.UnknownSdg);

        Assert.Equal("Unknown SDG target '9.x': goal 9 has no such target.", error.Message);
        Assert.Equal("Targets of goal 9: 9.1, 9.c.", error.Fix);
    }

    [Fact]
    public void A_misspelt_stakeholder_suggests_the_closest_slug()
    {
        var error = Only(ContentSet.Minimal.Replace(Priorities, "[governments, civil-society]", "[governments, civil-societies]"), DiagnosticCodes.UnknownStakeholder);

        Assert.Equal("Did you mean 'civil-society'?", error.Fix);
        Assert.Equal(new SourceLocation(Priorities, 13, 33), error.Location);
    }

    [Theory]
    [InlineData("stakeholders.yml", "    description: National governments.", "    descripton: National governments.", DiagnosticCodes.UnknownField, "Did you mean 'description'?")]
    [InlineData(Priorities, "source: vision", "source: visions", DiagnosticCodes.UnknownSource, "Did you mean 'vision'?")]
    [InlineData("action-lines/c2/action-line.md", "related_pages: [about]", "related_pages: [abuot]", DiagnosticCodes.UnknownReference, "Did you mean 'about'?")]
    [InlineData(Roadmap, "group: wsis10", "group: wsis-10", DiagnosticCodes.InvalidValue, "Did you mean 'wsis10'?")]
    [InlineData(Roadmap, "\nrows:", "\nresults_split: editorail\nrows:", DiagnosticCodes.InvalidValue, "Did you mean 'editorial'?")]
    [InlineData("action-lines/c2/action-line.md", "status: published", "status: publised", DiagnosticCodes.InvalidValue, "Did you mean 'published'?")]
    [InlineData(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"19\"]", DiagnosticCodes.UnknownSdg, "Goals are numbered 1 to 17; a target is written like \"9.c\".")]
    public void A_near_miss_suggests_the_valid_value(string file, string old, string replacement, string code, string fix)
    {
        var error = Only(ContentSet.Minimal.Replace(file, old, replacement), code);

        Assert.Equal(fix, error.Fix);
    }

    [Fact]
    public void The_printer_quotes_the_line_with_a_caret_under_the_value_and_gives_the_fix()
    {
        var result = ContentSet.Minimal.Replace(Priorities, "sdgs: [\"9.1\"]", "sdgs: [\"9.x\"]").Build();
        var output = new StringWriter();

        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, output);

        Assert.Equal(
            """
            action-lines/c11/priorities.yml(7,12): error WSIS202: Unknown SDG target '9.x': goal 9 has no such target.
              7 |     sdgs: ["9.x"]
                |            ^
              fix: Targets of goal 9: 9.1, 9.c.

            """.ReplaceLineEndings("\n"), output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void An_error_inside_a_block_of_markdown_points_at_its_own_line()
    {
        var error = Only(ContentSet.Minimal.Replace(Roadmap, "      - ii. affordability.", "      - ii. <b>affordability</b>."), DiagnosticCodes.HtmlNotAllowed);

        Assert.Equal(new SourceLocation(Roadmap, 23, 13), error.Location);
    }

    [Fact]
    public void Windows_line_endings_are_read_like_unix_ones()
    {
        var content = ContentSet.Minimal.With(Priorities, ContentSet.Minimal.Text(Priorities).Replace("\n", "\r\n"));

        var result = content.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
    }
}

public class WarningTests
{
    private const string Priorities = "action-lines/c11/priorities.yml";
    private const string Roadmap = "action-lines/c2/roadmap.yml";

    [Theory]
    [InlineData(Priorities, "    sdgs: [\"9.1\"]\n", "", DiagnosticCodes.NoSdg, 4)]
    [InlineData(Roadmap, "    sdgs: [\"9\", \"9.c\"]\n", "", DiagnosticCodes.NoSdg, 4)]
    [InlineData(Roadmap, "    sdgs: [\"9\", \"9.c\"]", "    sdgs: []", DiagnosticCodes.NoSdg, 4)]
    [InlineData(Roadmap, "    expected_results:\n      - \"Better access\"\n", "", DiagnosticCodes.EmptyList, 17)]
    [InlineData(Roadmap, "label: \"A\"", "label: \"A \"", DiagnosticCodes.TrailingSpace, 5)]
    public void Suspicious_but_legal_content_is_a_warning_and_still_builds(string file, string old, string replacement, string code, int line)
    {
        var result = ContentSet.Minimal.Replace(file, old, replacement).Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal((code, Severity.Warning, file, line), (warning.Code, warning.Severity, warning.Location.Path, warning.Location.Line));
    }

    [Fact]
    public void A_priority_that_says_sdgs_empty_on_purpose_gets_no_warning()
    {
        Assert.DoesNotContain(ContentSet.Minimal.Build().Diagnostics, d => d.Location.Path == Priorities);
    }
}
