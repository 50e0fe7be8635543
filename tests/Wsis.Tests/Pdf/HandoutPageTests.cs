using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wsis.Build;
using Wsis.Load;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Pdf;

/// <summary>The handout pages as HTML: what they print, and what they link, without a browser.</summary>
public sealed class HandoutPageTests
{
    private const string BaseUrl = RealSite.BaseUrl;
    private static readonly HtmlParser Parser = new();

    // The real site as built once for the run; only a test that adds PDFs to the site builds it again.
    private static BuildResult Build(IReadOnlyList<OutputFile>? downloads = null)
    {
        if (downloads is null) return RealSite.Shared.Result;
        var result = TestBuild.InMemory(ContentSet.Real.ToRawFiles(), ContentSet.Templates, BaseUrl, downloads: downloads);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError).Select(d => d.Message)));
        return result;
    }

    private static IDocument Page(BuildResult result, string url) =>
        Parser.ParseDocument(result.Site!.Pages.Single(p => p.Url == url).Html);

    [Fact]
    public void Every_action_line_with_text_links_its_handout_and_the_handout_exists()
    {
        var result = Build();
        foreach (var line in result.Publication!.ActionLines.Where(l => l.HasText))
        {
            var links = Page(result, Urls.ActionLine(line.Id)).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href"));
            Assert.Contains(Urls.Handout(line.Id), links);
            Assert.Contains(result.Site!.Pages, p => p.Url == Urls.Handout(line.Id));
        }
        Assert.Contains(result.Site!.Pages, p => p.Url == Urls.PublicationHandout);
    }

    [Fact]
    public void Handout_opens_with_title_facilitators_source_and_status_then_every_row_in_a_table_with_repeating_headers()
    {
        var result = Build();
        var line = result.Publication!.Index.ActionLinesById["C5"];
        var page = Page(result, Urls.Handout("C5"));

        Assert.Equal($"C5 {line.Title}", page.QuerySelector("h1")!.TextContent);
        var facts = page.QuerySelectorAll(".handout-facts dt").Select(dt => dt.TextContent).ToList();
        Assert.Equal(["Facilitators", "Source", "Status"], facts);
        Assert.Contains("ITU", page.QuerySelector(".handout-facts dd")!.TextContent, StringComparison.Ordinal);

        var tables = page.QuerySelectorAll("table.handout-rows");
        Assert.Equal(line.Roadmap.Select(r => r.Group).Distinct().Count(), tables.Length);
        Assert.All(tables, table => Assert.Equal(4, table.QuerySelectorAll("thead th").Length));
        var rows = page.QuerySelectorAll("tbody.handout-row");
        Assert.Equal(line.Roadmap.Select(r => r.Label), rows.Select(r => r.QuerySelector("th")!.QuerySelector("a")!.TextContent));
    }

    [Fact]
    public void Priorities_print_in_full_under_their_number_with_their_key_phrase_in_bold()
    {
        var result = Build();
        var line = result.Publication!.Index.ActionLinesById["C11"];
        var priorities = Page(result, Urls.Handout("C11")).QuerySelectorAll("li.handout-priority");
        Assert.Equal(line.Priorities.Count, priorities.Length);
        for (var i = 0; i < priorities.Length; i++)
        {
            Assert.Equal($"Priority {line.Priorities[i].Number}", priorities[i].QuerySelector(".handout-priority__title")!.TextContent);
            Assert.Contains(line.Priorities[i].KeyPhrase, priorities[i].QuerySelector(".handout-priority__text strong")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(MarkdownRenderer.PlainText(line.Priorities[i].Text), priorities[i].QuerySelector(".handout-priority__text")!.TextContent);
        }
    }

    [Fact]
    public void Sdg_badges_show_the_goal_or_target_as_text_beside_a_swatch_of_the_goal_colour()
    {
        var result = Build();
        var row = result.Publication!.Index.ActionLinesById["C5"].Roadmap[0];
        var badges = Page(result, Urls.Handout("C5")).QuerySelector("tbody.handout-row")!.QuerySelectorAll(".handout-sdg");
        Assert.Equal(row.Sdgs.Select(s => s.Key), badges.Select(b => b.TextContent));
        for (var i = 0; i < badges.Length; i++)
        {
            var colour = result.Publication.Goals.Single(g => g.Number == row.Sdgs[i].Goal).Colour;
            Assert.Equal(colour, badges[i].QuerySelector("svg rect")!.GetAttribute("fill"));
            Assert.Equal("true", badges[i].QuerySelector("svg")!.GetAttribute("aria-hidden"));
        }
    }

    [Fact]
    public void Handout_gives_a_short_link_and_a_qr_code_back_to_the_web_page()
    {
        var page = Page(Build(), Urls.Handout("C2"));
        var link = page.QuerySelector(".handout-head .handout-link a")!;
        Assert.Equal(Urls.ActionLine("C2"), link.GetAttribute("href"));
        Assert.Equal("wsis.example.org/action-lines/c2", link.TextContent);
        var qr = page.QuerySelector(".handout-head svg.qr")!;
        Assert.Equal("img", qr.GetAttribute("role"));
        Assert.Equal($"QR code for {BaseUrl}/action-lines/c2/", qr.GetAttribute("aria-label"));
        Assert.NotNull(qr.QuerySelector("path[d]"));
    }

    [Fact]
    public void Handouts_use_no_inline_styles_or_scripts()
    {
        var result = Build();
        foreach (var handout in result.Site!.Pages.Where(p => p.Url.EndsWith("/handout/", StringComparison.Ordinal)))
        {
            var page = Parser.ParseDocument(handout.Html);
            Assert.Empty(page.QuerySelectorAll("[style], style, script"));
            Assert.DoesNotContain(page.All.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Pdf_link_appears_only_when_the_build_includes_the_pdf()
    {
        var without = Page(Build(), Urls.Handout("C5"));
        Assert.Null(without.QuerySelector("a.handout-tools__pdf"));

        var withPdf = Build([new OutputFile(Urls.HandoutPdf("C5").TrimStart('/'), "%PDF-1.4"u8.ToArray())]);
        Assert.Equal(Urls.HandoutPdf("C5"), Page(withPdf, Urls.Handout("C5")).QuerySelector("a.handout-tools__pdf")!.GetAttribute("href"));
        Assert.Null(Page(withPdf, Urls.Handout("C2")).QuerySelector("a.handout-tools__pdf"));
        Assert.Contains(withPdf.Site!.Files, f => f.Path == "pdf/wsis-c5.pdf");
    }

    [Fact]
    public void Handouts_are_left_out_of_the_sitemap()
    {
        var sitemap = System.Text.Encoding.UTF8.GetString(Build().Site!.Files.Single(f => f.Path == "sitemap.xml").Content);
        Assert.DoesNotContain("/handout/", sitemap, StringComparison.Ordinal);
        Assert.Contains("/action-lines/c5/", sitemap, StringComparison.Ordinal);
    }

    [Fact]
    public void Handout_stylesheet_names_each_action_line_in_its_running_header()
    {
        var result = Build();
        var href = Page(result, Urls.Handout("C6")).QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        var css = System.Text.Encoding.UTF8.GetString(result.Site!.Files.Single(f => "/" + f.Path == href).Content);
        Assert.Contains("@page line-c6 { @top-left { content: \"WSIS Action Line C6 · Enabling environment\"; } }", css, StringComparison.Ordinal);
        Assert.Contains(".handout-line--c6 { page: line-c6; }", css, StringComparison.Ordinal);
        Assert.Contains("counter(pages)", css, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Plain title", "\"Plain title\"")]
    [InlineData("Say \"hi\" \\ there", "\"Say \\\"hi\\\" \\\\ there\"")]
    [InlineData("Two\nlines</style>", "\"Two\\a lines\\3c /style\\3e \"")]
    public void Css_strings_from_content_cannot_end_the_rule(string text, string expected) =>
        Assert.Equal(expected, HandoutStyles.Quote(text));
}
