using System.Diagnostics;
using System.Security.Cryptography;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Diagnostics;
using Wsis.Export;
using Wsis.Tests.Support;
using Wsis.Write;

namespace Wsis.Tests.Hostile;

/// <summary>
/// Hostile and careless cases that live in the file system rather than in a file's text: where the site is written,
/// links, loops and FIFOs in the content folder, leftovers of killed builds. Each goes through the real build command.
/// </summary>
public sealed class FileSystemCaseTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly string _content;
    private readonly string _templates;

    public FileSystemCaseTests()
    {
        _content = _folder.Combine("content");
        _templates = _folder.Combine("templates");
        ContentSet.Minimal.WriteTo(_content);
        CopyFolder(Repo.Templates, _templates);
    }

    public void Dispose() => _folder.Dispose();

    // --- Where the site may be written ---

    [Theory]
    [InlineData("content")]
    [InlineData("templates")]
    [InlineData(".")]
    [InlineData("content/pages")]
    public void A_build_never_replaces_an_input_folder_nor_one_that_holds_or_lies_in_it(string output)
    {
        var before = Snapshot(_folder.Path);

        var (exit, errors) = Build(Path.Combine(_folder.Path, output));

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("error: the site will not be written there", errors);
        Assert.Contains("input folder", errors);
        Assert.Equal(before, Snapshot(_folder.Path));
    }

    [Fact]
    public void A_build_refuses_a_folder_that_holds_a_git_repository()
    {
        var repo = _folder.Combine("elsewhere");
        Directory.CreateDirectory(Path.Combine(repo, ".git"));
        File.WriteAllText(Path.Combine(repo, ".git", "HEAD"), "ref: refs/heads/main\n");
        var before = Snapshot(repo);

        var (exit, errors) = Build(repo);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("holds a git repository", errors);
        Assert.Equal(before, Snapshot(repo));
    }

    [Fact]
    public void A_build_refuses_a_folder_it_did_not_write_and_replaces_one_it_did()
    {
        var mine = _folder.Combine("my-notes");
        Directory.CreateDirectory(mine);
        File.WriteAllText(Path.Combine(mine, "notes.txt"), "my own notes");

        var (refused, errors) = Build(mine);

        Assert.Equal(ExitCodes.Usage, refused);
        Assert.Contains($"has no {OutputFolder.MarkerName} file", errors);
        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(mine, "notes.txt")));

        var site = _folder.Combine("_site");
        Assert.Equal(ExitCodes.Success, Build(site).Exit);
        Assert.True(File.Exists(Path.Combine(site, OutputFolder.MarkerName)));
        Assert.Equal(ExitCodes.Success, Build(site).Exit);
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_link_put_in_the_old_site_is_removed_with_it_and_what_it_points_to_stays()
    {
        var site = _folder.Combine("_site");
        Assert.Equal(ExitCodes.Success, Build(site).Exit);
        var outside = _folder.Combine("outside");
        Directory.CreateDirectory(Path.Combine(outside, "kept"));
        File.WriteAllText(Path.Combine(outside, "kept", "notes.txt"), "my own notes");
        // One level and two levels down: the old site is removed two levels down at a time, on both cores.
        Directory.CreateSymbolicLink(Path.Combine(site, "link"), outside);
        Directory.CreateSymbolicLink(Path.Combine(site, "action-lines", "link"), outside);

        Assert.Equal(ExitCodes.Success, Build(site).Exit);

        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(outside, "kept", "notes.txt")));
        Assert.False(Path.Exists(Path.Combine(site, "link")));
        Assert.True(File.Exists(Path.Combine(site, "index.html")));
    }

    [Fact]
    public void A_link_cannot_disguise_an_input_folder_as_the_output()
    {
        var disguised = _folder.Combine("site-link");
        File.CreateSymbolicLink(disguised, _content);
        var before = Snapshot(_content);

        var (exit, errors) = Build(disguised);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is the input folder", errors);
        Assert.Equal(before, Snapshot(_content));
    }

    [Fact]
    public void The_root_and_the_home_folder_are_never_an_output()
    {
        // Asked of the rule alone: a build that got this wrong would try to replace them.
        Assert.Contains("root of the file system", OutputFolder.Refusal("/", [_content]));
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        Assert.Contains("home folder", OutputFolder.Refusal(home, [_content]));
        Assert.NotNull(OutputFolder.Refusal(Path.GetDirectoryName(home)!, [_content]));
        Assert.Null(OutputFolder.Refusal(_folder.Combine("new-site"), [_content, _templates]));
    }

    [Fact]
    public void An_output_path_that_is_a_file_is_a_usage_error()
    {
        var file = _folder.Combine("site.txt");
        File.WriteAllText(file, "a file");

        var (exit, errors) = Build(file);

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Contains("is a file, not a folder", errors);
        Assert.Equal("a file", File.ReadAllText(file));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_made_is_an_error_with_the_folder_named()
    {
        var blocker = _folder.Combine("blocker");
        File.WriteAllText(blocker, "a file where a folder would go");

        var (exit, errors) = Build(Path.Combine(blocker, "site"));

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"error {DiagnosticCodes.OutputNotWritten}: The site could not be written", errors);
        Assert.Equal("a file where a folder would go", File.ReadAllText(blocker));
        Assert.Equal(["blocker", "content", "templates"], Entries(_folder.Path));
    }

    [Fact]
    public void A_full_disk_is_an_error_and_leaves_neither_a_half_written_site_nor_the_staging_folder()
    {
        // A small tmpfs is a disk that fills up; mounting one needs root on Linux (CI has it).
        var disk = _folder.Combine("small-disk");
        Directory.CreateDirectory(disk);
        Assert.SkipUnless(OperatingSystem.IsLinux() && Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk) == 0, "mounting a small tmpfs needs root on Linux");
        try
        {
            var (exit, errors) = Build(Path.Combine(disk, "site"));

            Assert.Equal(ExitCodes.ContentErrors, exit);
            Assert.Contains($"error {DiagnosticCodes.OutputNotWritten}: The site could not be written", errors);
            Assert.Empty(Directory.GetFileSystemEntries(disk));
        }
        finally
        {
            Run("umount", disk);
        }
    }

    [Fact]
    public void Staging_folders_of_killed_builds_are_cleared_and_a_site_left_mid_swap_is_put_back()
    {
        var site = _folder.Combine("_site");
        var deadPid = DeadProcessId();
        var stale = $"{site}.tmp-{deadPid}";
        Directory.CreateDirectory(stale);
        File.WriteAllText(Path.Combine(stale, OutputFolder.MarkerName), OutputFolder.MarkerText);
        var previous = $"{site}.old-{deadPid}";
        Directory.CreateDirectory(previous);
        File.WriteAllText(Path.Combine(previous, OutputFolder.MarkerName), OutputFolder.MarkerText);
        File.WriteAllText(Path.Combine(previous, "index.html"), "previous");
        var foreign = $"{site}.tmp-notes";
        Directory.CreateDirectory(foreign);

        // A failing build still clears the leftovers and restores the previous site, which it then leaves as it was.
        File.WriteAllText(Path.Combine(_content, "action-lines", "c11", "priorities.yml"), "# emptied\n");
        var (exit, _) = Build(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.False(Directory.Exists(stale));
        Assert.False(Directory.Exists(previous));
        Assert.Equal("previous", File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.True(Directory.Exists(foreign), "a folder without our marker is not ours to delete");
    }

    // --- What is under the content and templates folders ---

    [Fact]
    public void A_link_to_a_file_outside_the_content_folder_is_an_error_and_nothing_of_it_is_published()
    {
        var secret = _folder.Combine("secret.txt");
        File.WriteAllText(secret, "SECRET-OUTSIDE-CONTENT");
        File.Delete(Path.Combine(_content, "sources", "vision.txt"));
        File.CreateSymbolicLink(Path.Combine(_content, "sources", "vision.txt"), secret);
        var site = PreviousSite();
        var before = Snapshot(site);

        var (exit, errors) = Build(site);

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"sources/vision.txt(1,1): error {DiagnosticCodes.SymbolicLink}:", errors);
        Assert.Equal(before, Snapshot(site));
        Assert.DoesNotContain("SECRET-OUTSIDE-CONTENT", errors);
    }

    [Fact]
    public void A_link_in_the_templates_folder_is_an_error()
    {
        File.CreateSymbolicLink(Path.Combine(_templates, "partials", "etc"), "/etc");

        var (exit, errors) = Build(PreviousSite());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"templates/partials/etc(1,1): error {DiagnosticCodes.SymbolicLink}:", errors);
    }

    [Fact]
    public void Link_loops_and_a_dangling_link_end_in_errors_not_in_a_hang_or_a_stack_trace()
    {
        File.CreateSymbolicLink(Path.Combine(_content, "a"), ".");
        File.CreateSymbolicLink(Path.Combine(_content, "b"), ".");
        File.CreateSymbolicLink(Path.Combine(_content, "pages", "gone.md"), "/nonexistent/gone.md");

        var (exit, errors) = BuildWithin(TimeSpan.FromMinutes(2), PreviousSite());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"a(1,1): error {DiagnosticCodes.SymbolicLink}:", errors);
        Assert.Contains($"b(1,1): error {DiagnosticCodes.SymbolicLink}:", errors);
        Assert.Contains($"pages/gone.md(1,1): error {DiagnosticCodes.SymbolicLink}:", errors);
        Assert.DoesNotContain("   at ", errors);
    }

    [Fact]
    public void A_fifo_in_the_content_folder_is_an_error_and_does_not_block_the_build()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "FIFOs are made with mkfifo");
        var fifo = Path.Combine(_content, "pages", "pipe.md");
        using (var mkfifo = Process.Start("mkfifo", fifo)) mkfifo.WaitForExit();

        var (exit, errors) = BuildWithin(TimeSpan.FromMinutes(2), PreviousSite());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"pages/pipe.md(1,1): error {DiagnosticCodes.EmptyFile}:", errors);
    }

    [Fact]
    public void A_template_asset_that_takes_a_generated_name_is_an_error_not_a_crash()
    {
        File.WriteAllText(Path.Combine(_templates, "assets", "sdg-colours.css"), "body { color: red; }");

        var (exit, errors) = Build(PreviousSite());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"templates/assets/sdg-colours.css(1,1): error {DiagnosticCodes.TemplateError}:", errors);
    }

    [Fact]
    public void A_file_listed_as_unpublished_is_left_out_without_an_error_and_a_stale_entry_is_a_warning()
    {
        File.WriteAllText(Path.Combine(_content, "notes.md"), "Editors' notes.\n");
        var site = Path.Combine(_content, "site.yml");
        File.AppendAllText(site, "unpublished:\n  - notes.md\n  - drafts/\n");
        var output = _folder.Combine("_site");

        var (exit, errors) = Build(output);

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Contains($"site.yml({File.ReadAllLines(site).Length},5): warning {DiagnosticCodes.UnexpectedFile}: 'drafts/' is listed as unpublished", errors);
        Assert.DoesNotContain("notes.md(", errors);
        Assert.DoesNotContain(Directory.GetFiles(output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("Editors' notes.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_heading_that_repeats_a_page_id_is_an_error_at_its_line()
    {
        var about = Path.Combine(_content, "pages", "about.md");
        File.AppendAllText(about, "\n## main\n\nA heading whose id the layout uses already.\n");
        var line = File.ReadAllLines(about).ToList().IndexOf("## main") + 1;

        var (exit, errors) = Build(PreviousSite());

        Assert.Equal(ExitCodes.ContentErrors, exit);
        Assert.Contains($"pages/about.md({line},4): error {DiagnosticCodes.DuplicateFragment}: The page /about/ has more than one element with id 'main'", errors);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"https://example.org\")", "'=HYPERLINK(\"https://example.org\")")]
    [InlineData("+1 more", "'+1 more")]
    [InlineData("-x", "'-x")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("-12.5", "-12.5")]
    [InlineData("Plain text", "Plain text")]
    public void A_csv_cell_is_never_a_spreadsheet_formula(string cell, string written)
    {
        Assert.Equal(written, OpenData.NotAFormula(cell));
    }

    [Fact]
    public void A_priority_text_that_starts_like_a_formula_is_escaped_in_the_csv_and_exact_in_the_json()
    {
        var content = ContentSet.Minimal.Replace("action-lines/c11/priorities.yml", "text: \"Promote **regional coordination**", "text: \"=1+1 Promote **regional coordination**");

        var result = content.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var csv = System.Text.Encoding.UTF8.GetString(result.Site!.Files.Single(f => f.Path == "data/priorities.csv").Content);
        Assert.Contains(",'=1+1 Promote", csv);
        var json = System.Text.Encoding.UTF8.GetString(result.Site!.Files.Single(f => f.Path == "data/wsis.json").Content);
        Assert.Contains("\"=1+1 Promote", json);
    }

    private (int Exit, string Errors) Build(string output)
    {
        var errors = new StringWriter();
        var exit = BuildCommand.Run(new BuildOptions { ContentDirectory = _content, TemplatesDirectory = _templates, OutputDirectory = output, Search = Search.SearchIndexing.Off },
            new StringWriter(), errors);
        return (exit, errors.ToString());
    }

    // A guard against a hang, not a measure of speed: a build that loops would otherwise stall the whole test run.
    private (int Exit, string Errors) BuildWithin(TimeSpan patience, string output)
    {
        var build = Task.Run(() => Build(output));
        Assert.True(build.Wait(patience), $"the build did not finish within {patience}");
        return build.Result;
    }

    /// <summary>A site written by an earlier build, which a failing build must leave byte for byte as it was.</summary>
    private string PreviousSite()
    {
        var site = PreviousBuild.Mark(_folder.Combine("_site"));
        File.WriteAllText(Path.Combine(site, "index.html"), "<!DOCTYPE html><title>previous build</title>");
        return site;
    }

    private static int Run(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { UseShellExecute = false, RedirectStandardError = true })!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return -1;
        }
    }

    private static int DeadProcessId()
    {
        using var process = Process.Start(new ProcessStartInfo("true") { UseShellExecute = false })!;
        process.WaitForExit();
        return process.Id;
    }

    private static IReadOnlyList<string> Entries(string folder) =>
        Directory.GetFileSystemEntries(folder).Select(e => Path.GetFileName(e)!).Order(StringComparer.Ordinal).ToList();

    private static IReadOnlyList<string> Snapshot(string folder) =>
        Directory.GetFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Where(f => new FileInfo(f).LinkTarget is null)
            .Order(StringComparer.Ordinal)
            .Select(f => $"{Path.GetRelativePath(folder, f)}:{Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .ToList();

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
