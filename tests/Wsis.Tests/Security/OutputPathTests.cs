using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Render.Views;
using Wsis.Tests.Support;

namespace Wsis.Tests.Security;

/// <summary>No content can write outside the output folder or over another page.</summary>
public class OutputPathTests(RealSite real)
{
    private static PlannedPage Page(string url, string origin) =>
        new(url, "page.html", new object(), new PageMeta { Title = "t", Description = "d", Url = url, Breadcrumbs = [], Section = "s" }, new SourceLocation(origin, 1, 1));

    [Fact]
    public void Two_pages_whose_files_differ_only_by_case_are_an_error()
    {
        var diagnostics = new DiagnosticBag();

        PlanCheck.ReportCollisions([Page("/background/", "templates/background.html"), Page("/Background/", "pages/Background.md")], diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticCodes.DuplicateUrl, "pages/Background.md"), (error.Code, error.Location.Path));
    }

    [Fact]
    public void Every_page_and_file_of_the_real_site_stays_inside_the_output_folder()
    {
        var site = real.Result.Site!;
        var root = Path.GetFullPath("/out");

        foreach (var path in site.Pages.Select(p => p.Path).Concat(site.Files.Select(f => f.Path)))
        {
            Assert.StartsWith(root + Path.DirectorySeparatorChar, Path.GetFullPath(Path.Combine(root, path)));
            Assert.DoesNotContain("..", path);
        }
        Assert.Equal(site.Pages.Count, site.Pages.Select(p => p.Path.ToLowerInvariant()).Distinct().Count());
    }

    [Fact]
    public void Source_texts_are_shown_as_text_even_when_they_contain_markup()
    {
        var content = ContentSet.Minimal.With("sources/vision.txt", "Verbatim <script>alert(1)</script> and <a href=\"javascript:alert(2)\">a link</a>.\n");

        var result = content.Build();

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = result.Site!.Pages.Single(p => p.Url == "/sources/vision/");
        Assert.Empty(PageScan.Problems(page.Html));
        Assert.Contains("<script>alert(1)</script>", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(page.Html).Body!.TextContent);
    }
}
