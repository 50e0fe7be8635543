using AngleSharp.Html.Parser;
using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Tests.Speed;

/// <summary>The sanitizer's parser was made cheaper and its results may be reused; its guarantees must not move.</summary>
public class MarkdownSafetyTests
{
    private static readonly SourceLocation At = new("action-lines/c1/priorities.yml", 4, 5);

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("![x](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[x](vbscript:msgbox)")]
    public void Unsafe_link_schemes_are_removed_and_reported(string markdown)
    {
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownRenderer().Block(markdown, At, diagnostics).Value;

        var document = new HtmlParser().ParseDocument(html);
        Assert.All(document.QuerySelectorAll("[href], [src]"), e =>
            Assert.DoesNotContain(":", (e.GetAttribute("href") ?? e.GetAttribute("src"))!.Split('/')[0]));
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.UnsafeMarkup, warning.Code);
        Assert.Equal(At, warning.Location);
    }

    [Fact]
    public void Raw_html_stays_text_and_tables_lose_their_styles()
    {
        var diagnostics = new DiagnosticBag();
        var html = new MarkdownRenderer().Block("<script>alert(1)</script>\n\n| a | b |\n| ---: | :-- |\n| 1 | 2 |\n\n[ok](https://example.org)", At, diagnostics).Value;

        var document = new HtmlParser().ParseDocument(html);
        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Contains("<script>", document.Body!.TextContent);
        Assert.Empty(document.QuerySelectorAll("[style]"));
        Assert.Equal("noopener", document.QuerySelector("a[href='https://example.org']")?.GetAttribute("rel"));
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
