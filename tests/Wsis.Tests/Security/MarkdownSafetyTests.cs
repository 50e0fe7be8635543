using AngleSharp.Html.Parser;
using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Security;

/// <summary>The renderer on its own: what Markdig would let through, the sanitizer stops, and says so.</summary>
public class MarkdownSafetyTests
{
    private static readonly SourceLocation At = new("pages/x.md", 9, 1);

    private static (AngleSharp.Dom.IDocument Document, IReadOnlyList<Diagnostic> Diagnostics) Render(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownRenderer().Block(markdown, At, diagnostics).Value;
        return (new HtmlParser().ParseDocument(html), diagnostics.Sorted());
    }

    [Theory]
    [InlineData("[x](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("![x](data:image/svg+xml;base64,PHN2Zz4=)")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("<javascript:alert(1)>")]
    [InlineData("[x](vbscript:msgbox(1))")]
    public void A_script_or_data_url_is_removed_and_reported_as_an_error(string markdown)
    {
        var (document, diagnostics) = Render(markdown);

        Assert.Empty(PageScan.Problems(document.DocumentElement.OuterHtml));
        var error = Assert.Single(diagnostics);
        Assert.Equal((DiagnosticCodes.UnsafeMarkup, Severity.Error, At), (error.Code, error.Severity, error.Location));
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "script")]
    [InlineData("<iframe src=\"https://evil.example\"></iframe>", "iframe")]
    [InlineData("text <b onclick=\"alert(1)\">bold</b>", "b")]
    [InlineData("<style>body{display:none}</style>", "style")]
    public void Raw_html_comes_out_as_text(string markdown, string tag)
    {
        var (document, _) = Render(markdown);

        Assert.Empty(document.Body!.QuerySelectorAll(tag));
        Assert.Contains($"<{tag}", document.Body.TextContent);
    }

    [Fact]
    public void Generic_attribute_syntax_is_not_enabled_so_it_stays_text()
    {
        var (document, diagnostics) = Render("[link](https://example.org){onclick=\"alert(1)\" style=\"color:red\"} and # Title {#id .class}");

        Assert.Empty(PageScan.Problems(document.DocumentElement.OuterHtml));
        Assert.Contains("{onclick=", document.Body!.TextContent);
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Links_to_other_sites_get_rel_noopener_and_links_within_the_site_do_not()
    {
        var (document, _) = Render("[out](https://www.itu.int/) [in](/sdgs/9/) [mail](mailto:a@example.org)");
        var links = document.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a.GetAttribute("rel"));

        Assert.Equal("noopener", links["out"]);
        Assert.Null(links["in"]);
        Assert.Null(links["mail"]);
    }

    [Fact]
    public void Table_alignment_becomes_classes_because_the_csp_forbids_inline_styles()
    {
        var (document, diagnostics) = Render("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n");

        Assert.Empty(diagnostics);
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Equal(["align-left", "align-center", "align-right"], document.QuerySelectorAll("td").Select(td => td.ClassName));
    }

    [Fact]
    public void Markdown_nested_beyond_markdigs_limit_is_an_error_not_a_crash()
    {
        var (_, diagnostics) = Render(new string('>', 500) + " deep");

        Assert.Contains(diagnostics, d => d.Code == DiagnosticCodes.NestingTooDeep && d.IsError);
        Assert.Equal(new string('>', 500) + " deep", MarkdownRenderer.PlainText(new string('>', 500) + " deep"));
    }

    [Fact]
    public void Footnotes_headings_and_emphasis_pass_the_sanitizer_untouched()
    {
        var (document, diagnostics) = Render("## Heading\n\nText[^1] with ~~old~~ and ==marked== and H~2~O.\n\n[^1]: The note.\n");

        Assert.Empty(diagnostics);
        Assert.NotNull(document.QuerySelector("h2#heading"));
        Assert.NotNull(document.QuerySelector("a.footnote-ref"));
    }

    [Fact]
    public void A_reused_result_reports_its_problem_again_at_the_new_place()
    {
        var memo = new Memo<(bool Inline, string Markdown), MarkdownRenderer.Rendered>();
        var renderer = new MarkdownRenderer(memo);
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        var elsewhere = new SourceLocation("action-lines/c2/roadmap.yml", 9, 7);

        var a = renderer.Inline("[x](javascript:alert(1))", At, first);
        var b = renderer.Inline("[x](javascript:alert(1))", elsewhere, second);

        Assert.Equal(a, b);
        Assert.Equal(1, memo.Hits);
        Assert.Equal(At, Assert.Single(first.Sorted()).Location);
        Assert.Equal(elsewhere, Assert.Single(second.Sorted()).Location);
    }
}
