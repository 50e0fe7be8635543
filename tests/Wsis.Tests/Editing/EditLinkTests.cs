using System.Diagnostics;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Load;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editing;

public class EditLinkTests(RealSite real)
{
    // A missing page has no source a reader could edit, so the 404 offers no edit link.
    private const string NotFound = "/404.html";

    private const string Repository = "https://github.com/wsis-beyond-2015/site";

    private static (string? EditUrl, string? Date) Footer(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var links = document.QuerySelectorAll("a").Where(a => a.TextContent.Trim() == "Edit this page").ToList();
        Assert.True(links.Count <= 1, "more than one edit link");
        var date = document.QuerySelector("footer time, .handout-bar time")?.GetAttribute("datetime");
        return (links.FirstOrDefault()?.GetAttribute("href"), date);
    }

    [Fact]
    public void Every_page_links_to_an_existing_source_file_in_the_repository()
    {
        var result = real.Result;

        Assert.True(result.Succeeded);
        foreach (var page in result.Site!.Pages.Where(p => p.Url != NotFound))
        {
            var (editUrl, _) = Footer(page.Html);
            Assert.NotNull(editUrl);
            Assert.StartsWith($"{Repository}/edit/main/", editUrl);
            var file = editUrl[$"{Repository}/edit/main/".Length..];
            Assert.True(File.Exists(Path.Combine(Repo.Root, file)), $"{page.Url}: {file} does not exist");
        }
    }

    [Fact]
    public void Item_pages_edit_the_file_the_item_is_written_in()
    {
        var page = real.Result.Site!.Pages.Single(p => p.Url == "/action-lines/c11/priorities/1/");

        Assert.Equal($"{Repository}/edit/main/content/action-lines/c11/priorities.yml", Footer(page.Html).EditUrl);
    }

    [Fact]
    public void Each_page_shows_the_date_its_source_last_changed_in_git()
    {
        if (Git(Repo.Root, "log", "-1", "--format=%cs", "--", "content") is not { Length: > 0 })
            Assert.Skip("No git history here: pages show no date, which Pages_show_no_date_without_git_history covers.");
        var result = real.Result;

        foreach (var page in result.Site!.Pages.Where(p => p.Url != NotFound))
        {
            var (editUrl, date) = Footer(page.Html);
            var file = editUrl![$"{Repository}/edit/main/".Length..];
            Assert.Equal(Git(Repo.Root, "log", "-1", "--format=%cs", "--", file), date);
        }
    }

    [Fact]
    public void Pages_show_no_date_without_git_history()
    {
        using var folder = new TempFolder();
        ContentSet.Minimal.WriteTo(folder.Combine("content"));
        foreach (var file in Directory.GetFiles(Repo.Templates, "*", SearchOption.AllDirectories))
        {
            var copy = folder.Combine("templates", Path.GetRelativePath(Repo.Templates, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        var result = TestBuild.Folders(new BuildOptions { ContentDirectory = folder.Combine("content"), TemplatesDirectory = folder.Combine("templates") });

        Assert.True(result.Succeeded);
        Assert.All(result.Site!.Pages, p => Assert.Null(Footer(p.Html).Date));
        Assert.All(result.Site.Pages.Where(p => p.Url != NotFound), p => Assert.NotNull(Footer(p.Html).EditUrl));
        Assert.Null(Footer(result.Site.Pages.Single(p => p.Url == NotFound).Html).EditUrl);
    }

    [Fact]
    public void Last_changed_dates_come_from_the_newest_commit_touching_each_file()
    {
        if (Git(Path.GetTempPath(), "--version") is null) Assert.Skip("git is not installed.");
        using var folder = new TempFolder();
        Git(folder.Path, "init", "-q");
        Commit(folder.Path, "a.yml", "one", "2020-01-02T10:00:00Z");
        Commit(folder.Path, "b.yml", "two", "2021-03-04T10:00:00Z");
        Commit(folder.Path, "a.yml", "three", "2022-05-06T10:00:00Z");

        var dates = SourceDates.LastChanged(folder.Path);

        Assert.Equal("2022-05-06", dates["a.yml"]);
        Assert.Equal("2021-03-04", dates["b.yml"]);
        Assert.Equal(dates, SourceDates.LastChanged(folder.Path));
    }

    [Fact]
    public void A_folder_outside_any_repository_has_no_dates()
    {
        using var folder = new TempFolder();

        Assert.Empty(SourceDates.LastChanged(folder.Path));
        Assert.Empty(SourceDates.LastChanged(folder.Combine("missing")));
    }

    private static void Commit(string folder, string file, string text, string date)
    {
        File.WriteAllText(Path.Combine(folder, file), text);
        Git(folder, "add", file);
        Git(folder, ["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", text], ("GIT_COMMITTER_DATE", date), ("GIT_AUTHOR_DATE", date));
    }

    private static string? Git(string folder, params string[] arguments) => Git(folder, arguments, []);

    private static string? Git(string folder, string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
