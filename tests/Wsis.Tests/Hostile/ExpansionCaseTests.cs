using System.Security.Cryptography;
using System.Text;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Tests.Support;
using static Wsis.Diagnostics.DiagnosticCodes;

namespace Wsis.Tests.Hostile;

/// <summary>
/// Small files that ask for huge work (issue 11, point 4) and text that must not reach a terminal (point 7), each through
/// the real build command: the exact code, file and line, the exit code, and the previous output left byte for byte.
/// `bench --hostile` runs the same inputs at the sizes of the issue and prints their time and memory; these tests use
/// the issue's sizes where a case is quick once fixed, and smaller ones where only the outcome is checked.
/// </summary>
public sealed class ExpansionCaseTests
{
    private const string Sources = "sources.yml", Site = "site.yml", Roadmap = "action-lines/c2/roadmap.yml";
    private const string Priorities = "action-lines/c11/priorities.yml", Page = "pages/about.md";
    private const string Activity = "      - \"Assessment studies\"\n";

    private static string Repeat(string text, int count) => new StringBuilder(text.Length * count).Insert(0, text, count).ToString();

    private static int LineCount(ContentSet content, string path) => content.Text(path).Count(c => c == '\n');

    // --- YAML aliases ---

    [Fact]
    public void An_anchor_of_50000_characters_used_4000_times_fails_at_the_alias_that_passes_2_MB()
    {
        // The issue's 96 KB file: each '*a' stands for 50,001 characters, so the 42nd passes 2 MB (line 14 + 42).
        var anchor = "      - &a \"" + Repeat("word ", 10_000) + "\"\n";
        var content = ContentSet.Minimal.Replace(Roadmap, Activity, anchor + Repeat("      - *a\n", 4_000));

        var run = Run(content);

        run.AssertFailsWith(AliasLimit, Roadmap, 56, column: 9);
        Assert.Contains("stands for 50,001 characters", run.Errors);
    }

    [Fact]
    public void Nested_aliases_billion_laughs_fail_on_the_level_whose_copies_pass_2_MB()
    {
        var content = ContentSet.Minimal.Replace(Roadmap, Activity, HostileBench.Laughs(9));

        Run(content).AssertFailsWith(AliasLimit, Roadmap, 19);
    }

    [Fact]
    public void More_than_1000_aliases_fail_at_the_first_one_too_many()
    {
        var content = ContentSet.Minimal.Replace(Roadmap, Activity, "      - &s \"x\"\n" + Repeat("      - *s\n", 1_001));

        var run = Run(content);

        run.AssertFailsWith(AliasLimit, Roadmap, 14 + 1_001);
        Assert.Contains("more than 1,000 aliases", run.Errors);
    }

    [Fact]
    public void A_few_aliases_still_work_and_each_use_is_checked_once()
    {
        var content = ContentSet.Minimal.Replace(Roadmap, Activity, "      - &s \"Assessment *studies*\"\n" + Repeat("      - *s\n", 20));

        var run = Run(content);

        Assert.Equal(ExitCodes.Success, run.Exit);
    }

    // --- Floods of errors: printed in linear time, at most 20 per file, with a count of the rest ---

    [Fact]
    public void A_hundred_thousand_tab_indented_lines_print_twenty_errors_and_a_count_of_the_rest()
    {
        var first = LineCount(ContentSet.Minimal, Sources) + 1;
        var content = ContentSet.Minimal.With(Sources, ContentSet.Minimal.Text(Sources) + Repeat("\tx\n", 100_000));

        var run = Run(content);

        run.AssertFailsWith(TabIndentation, Sources, first, column: 1);
        Assert.Equal(DiagnosticPrinter.MaxPerFile, CountOccurrences(run.Errors, $"{Sources}(", " error WSIS006: "));
        Assert.Contains($"{Sources}: … and 99,980 more errors in this file, not shown", run.Errors);
        Assert.Contains($"  {first} | \tx", run.Errors);
    }

    [Theory]
    [InlineData("duplicate-keys")]
    [InlineData("unknown-fields")]
    [InlineData("empty-entries")]
    public void Two_hundred_thousand_repeated_mistakes_fail_at_the_first_and_print_a_count(string kind)
    {
        var (path, code, text) = kind switch
        {
            "duplicate-keys" => (Site, DuplicateId, Repeat("title: x\n", 200_000)),
            "unknown-fields" => (Site, UnknownField, string.Concat(Enumerable.Range(0, 200_000).Select(i => $"k{i:x}:\n"))),
            _ => (Priorities, WrongType, Repeat("  -\n", 200_000)),
        };
        var first = LineCount(ContentSet.Minimal, path) + 1;
        var content = ContentSet.Minimal.With(path, ContentSet.Minimal.Text(path) + text);

        var run = Run(content);

        run.AssertFailsWith(code, path, first);
        Assert.Contains($"{path}: … and ", run.Errors);
        Assert.True(run.Errors.Length < 20_000, $"{run.Errors.Length} characters printed");
    }

    // --- Markdown: each text parsed once, every pathology in linear time ---

    [Fact]
    public void Forty_thousand_identical_headings_get_ids_a_a_1_to_a_39999()
    {
        var content = ContentSet.Minimal.With(Page, ContentSet.Minimal.Text(Page) + Repeat("\n# a\n", 40_000));

        var run = Run(content);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var html = run.About;
        Assert.Contains("id=\"a\"", html);
        Assert.Contains("id=\"a-1\"", html);
        Assert.Contains("id=\"a-39999\"", html);
        Assert.DoesNotContain("id=\"a-40000\"", html);
    }

    [Fact]
    public void Fifty_thousand_unclosed_links_are_text()
    {
        var content = ContentSet.Minimal.With(Page, ContentSet.Minimal.Text(Page) + "\n" + Repeat("[a](", 50_000) + "\n");

        var run = Run(content);

        Assert.Equal(ExitCodes.Success, run.Exit);
        Assert.Contains(Repeat("[a](", 100), run.About);
    }

    [Fact]
    public void Forty_thousand_bare_urls_are_links()
    {
        var content = ContentSet.Minimal.With(Page, ContentSet.Minimal.Text(Page) + "\n" + Repeat("https://example.org/\n", 40_000));

        var run = Run(content);

        Assert.Equal(ExitCodes.Success, run.Exit);
        var html = run.About;
        Assert.Equal(40_000, CountOccurrences(html, "<a href=\"https://example.org/\" rel=\"noopener\">https://example.org/</a>"));
    }

    [Fact]
    public void A_paragraph_denser_than_the_limit_is_an_error_at_the_mark_that_passes_it()
    {
        // Markdig keeps each emphasis mark of a paragraph open until the paragraph ends: 20,000 '*a* ' were quadratic.
        var line = LineCount(ContentSet.Minimal, Page) + 2;
        var content = ContentSet.Minimal.With(Page, ContentSet.Minimal.Text(Page) + "\n" + Repeat("*a* ", 20_000) + "\n");

        var run = Run(content);

        run.AssertFailsWith(MarkdownLimit, Page, line);
        Assert.Contains("too dense", run.Errors);
    }

    [Fact]
    public void A_template_that_doubles_a_string_40_times_fails_at_its_line()
    {
        var run = Run(ContentSet.Minimal, templates => Prepend(templates, "page.html", "{{ s = \"ab\"; for i in 1..40; s = s + s; end }}"));

        run.AssertFailsWith(TemplateError, "templates/page.html", 1);
        Assert.Contains("characters or more", run.Errors);
    }

    [Fact]
    public void A_template_that_multiplies_a_string_past_the_limit_fails_at_its_line()
    {
        var run = Run(ContentSet.Minimal, templates => Prepend(templates, "page.html", "{{ s = \"ab\" * 2000000000 }}"));

        run.AssertFailsWith(TemplateError, "templates/page.html", 1);
    }

    // --- Line endings and control characters ---

    [Fact]
    public void With_cr_only_line_endings_the_quoted_line_is_the_line_of_the_error()
    {
        var text = ContentSet.Minimal.Text(Priorities).Replace("sdgs: [\"9.1\"]", "sdgs: [\"9.x\"]").Replace("\n", "\r");
        var content = ContentSet.Minimal.With(Priorities, text);

        var run = Run(content);

        run.AssertFailsWith(UnknownSdg, Priorities, 7);
        Assert.Contains("  7 |     sdgs: [\"9.x\"]\n", run.Errors.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData('\u001B', "U+001B (ESC)")]
    [InlineData('\u0007', "U+0007 (BEL)")]
    [InlineData('\u009B', "U+009B (CSI)")]
    [InlineData('\u000C', "U+000C (form feed)")]
    public void A_control_character_in_content_is_an_error_at_its_place_and_never_printed_raw(char control, string name)
    {
        var content = ContentSet.Minimal.Replace(Site, "title: Minimal site", $"title: Minimal{control}[2J site");

        var run = Run(content);

        run.AssertFailsWith(ControlCharacter, Site, 2, column: 15);
        Assert.Contains(name, run.Errors);
        Assert.DoesNotContain(control, run.Errors);
    }

    [Fact]
    public void A_file_full_of_control_characters_lists_a_hundred_lines_and_counts_the_rest()
    {
        var content = ContentSet.Minimal.With(Page, ContentSet.Minimal.Text(Page) + Repeat("\u001B7\n", 500));

        var run = Run(content);

        run.AssertFailsWith(ControlCharacter, Page, LineCount(ContentSet.Minimal, Page) + 1);
        // 100 lines one by one and one diagnostic for the other 400; the printer shows 20 of those 101.
        Assert.Contains($"{Page}: … and 81 more errors in this file, not shown", run.Errors);
        var diagnostics = content.Build().Diagnostics;
        Assert.Contains(diagnostics, d => d.Code == ControlCharacter && d.Message.StartsWith("This line and 399 more below it contain control characters too", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001B', run.Errors);
    }

    [Fact]
    public void The_printer_escapes_control_characters_in_messages_and_file_names()
    {
        var output = new StringWriter();
        var diagnostic = new Diagnostics.Diagnostic(UnexpectedFile, Diagnostics.Severity.Warning,
            new Diagnostics.SourceLocation("pages/a\u001B]0;owned\u0007.md", 1, 1), "Name '\u202Eevil\u0000'.", "Fix\u009B.");

        DiagnosticPrinter.Print([diagnostic], new Dictionary<string, string> { ["pages/a\u001B]0;owned\u0007.md"] = "x\u001B[2Jy" }, output);

        var printed = output.ToString();
        Assert.Contains(@"pages/a\x1B]0;owned\x07.md(1,1): warning WSIS009: Name '\u202Eevil\x00'.", printed);
        Assert.Contains(@"  1 | x\x1B[2Jy", printed);
        Assert.Contains(@"  fix: Fix\x9B.", printed);
        Assert.DoesNotContain(printed, c => c is < ' ' and not '\n' and not '\r' and not '\t' or (>= '\u007F' and <= '\u009F') or '\u202E');
    }

    [Fact]
    public void The_caret_lines_up_under_a_column_after_tabs_and_escapes()
    {
        var output = new StringWriter();
        var diagnostic = new Diagnostics.Diagnostic(TabIndentation, Diagnostics.Severity.Error, new Diagnostics.SourceLocation("a.yml", 1, 5), "m");

        DiagnosticPrinter.Print([diagnostic], new Dictionary<string, string> { ["a.yml"] = "\t\u001Bab!" }, output);

        Assert.Contains("  1 | \t\\x1Bab!\n    | \t      ^", output.ToString().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Line_map_counts_lf_crlf_and_lone_cr_alike()
    {
        var lines = new Diagnostics.LineMap("a\nb\r\nc\rd");

        Assert.Equal(4, lines.LineCount);
        Assert.Equal(["a", "b", "c", "d"], Enumerable.Range(1, 4).Select(lines.Line));
        Assert.Equal((3, 1), lines.Locate(5));
        Assert.Null(lines.Line(5));
    }

    // --- The real command, once per case ---

    /// <summary>What a run printed, and the page /about/ when it built.</summary>
    private sealed record CaseRun(int Exit, string Errors, string About, bool OutputIntact)
    {
        public void AssertFailsWith(string code, string file, int line, int? column = null)
        {
            Assert.Equal(ExitCodes.ContentErrors, Exit);
            var at = column is null ? $"{file}({line}," : $"{file}({line},{column}):";
            Assert.True(Errors.Contains($"{at}") && Errors.Contains($" error {code}: "), $"Expected {code} at {at}; got:\n{Shorten(Errors)}");
            Assert.Contains(Errors.Split('\n'), l => l.StartsWith(at, StringComparison.Ordinal) && l.Contains($" error {code}: ", StringComparison.Ordinal));
            Assert.True(OutputIntact, "The previous output was changed.");
        }

        private static string Shorten(string text) => text.Length > 4000 ? text[..4000] + "…" : text;
    }

    private static CaseRun Run(ContentSet content, Action<string>? changeTemplates = null)
    {
        using var folder = new TempFolder();
        var contentFolder = folder.Combine("content");
        content.WriteTo(contentFolder);
        var templates = Repo.Templates;
        if (changeTemplates is not null)
        {
            templates = folder.Combine("templates");
            foreach (var file in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(templates, Path.GetRelativePath(Repo.Templates, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
            changeTemplates(templates);
        }
        var output = PreviousBuild.Mark(folder.Combine("_site"));
        File.WriteAllText(Path.Combine(output, "index.html"), "<!DOCTYPE html><title>previous build</title>");
        var before = Snapshot(output);
        var errors = new StringWriter();

        var exit = BuildCommand.Run(new BuildOptions
        {
            ContentDirectory = contentFolder,
            TemplatesDirectory = templates,
            OutputDirectory = output,
            Search = Search.SearchIndexing.Off,
        }, new StringWriter(), errors);

        var intact = exit == ExitCodes.Success || Snapshot(output).SequenceEqual(before);
        var about = Path.Combine(output, "about", "index.html");
        return new CaseRun(exit, errors.ToString(), exit == ExitCodes.Success && File.Exists(about) ? File.ReadAllText(about) : "", intact);
    }

    private static void Prepend(string folder, string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text + File.ReadAllText(path));
    }

    private static int CountOccurrences(string text, string what, string? andThen = null)
    {
        var count = 0;
        foreach (var line in andThen is null ? [text] : text.Split('\n'))
        {
            if (andThen is not null)
            {
                if (line.StartsWith(what, StringComparison.Ordinal) && line.Contains(andThen, StringComparison.Ordinal)) count++;
                continue;
            }
            for (var at = line.IndexOf(what, StringComparison.Ordinal); at >= 0; at = line.IndexOf(what, at + what.Length, StringComparison.Ordinal)) count++;
        }
        return count;
    }

    private static IReadOnlyList<string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .ToList();
}
