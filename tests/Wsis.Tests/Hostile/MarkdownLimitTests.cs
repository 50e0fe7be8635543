using Markdig;
using Markdig.Extensions.AutoIdentifiers;
using Wsis.Render;
using Wsis.Tests.Support;
using Wsis.Validate;

namespace Wsis.Tests.Hostile;

/// <summary>
/// Our linear replacements of Markdig's heading ids and bare URLs, and the bound on link targets, write what Markdig's
/// own extensions write; the check's parse of a clean text is the one the pages use; the count limits sit where documented.
/// </summary>
public class MarkdownLimitTests(RealSite real)
{
    private static readonly MarkdownPipeline Ours = new MarkdownPipelineBuilder().UseContentExtensions().DisableHtml().Build();

    private static readonly MarkdownPipeline Markdigs = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseFootnotes().UseAutoLinks().UseAutoIdentifiers(AutoIdentifierOptions.GitHub).DisableHtml().Build();

    public static TheoryData<string> Texts() => new(
        "# a\n# a\n## a\n# a-1\n# a\n### A!\n\nSetext\n===\n\nSetext\n---\n# \n#  \n# [link](https://x.org) *em*",
        "https://example.org/ and www.example.org. and (https://a.b/c_(d)) and *https://a.b* and **www.x.org**",
        "~https://a.b~ _https://a.b_ [text https://a.b] [https://a.b](https://c.d) mailto:a@b.c tel:+123 ftp://x.y",
        "https://a.b/path?q=1&amp;r=2. https://a.b, https://a.b; https://a.b! https://x.org/a_b_c_",
        "[a](b) [a](<b c>) [a](b \"t\") [a](b 't') [a](b (t)) [a](b(c)d) [a]( b ) ![i](x.png \"t\")",
        "[a](" + string.Concat(Enumerable.Repeat("(", 32)) + "x" + string.Concat(Enumerable.Repeat(")", 32)) + ")",
        "Footnote[^1] and table\n\n| a | b |\n|:-|-:|\n| c | d |\n\n[^1]: note https://x.org",
        "> quote https://x.org\n\n- list www.x.org\n  - nested *a* **b** ~~c~~ ^d^ ~e~ ++f++ ==g==");

    [Theory]
    [MemberData(nameof(Texts))]
    public void Our_pipeline_writes_what_markdigs_extensions_write(string markdown)
    {
        Assert.Equal(Markdown.ToHtml(markdown, Markdigs), Markdown.ToHtml(markdown, Ours));
    }

    [Fact]
    public void Every_markdown_text_of_the_real_content_renders_as_with_markdigs_extensions()
    {
        var publication = real.Result.Publication!;
        foreach (var text in MarkdownTexts(publication))
            Assert.Equal(Markdown.ToHtml(text, Markdigs), Markdown.ToHtml(text, Ours));
    }

    [Fact]
    public void Each_markdown_text_of_the_real_content_is_parsed_once_by_the_check_and_its_html_reused()
    {
        var publication = real.Result.Publication!;

        var texts = MarkdownTexts(publication).Where(t => !string.IsNullOrWhiteSpace(t)).ToList();

        Assert.NotEmpty(texts);
        Assert.All(texts, text => Assert.True(MarkdownRenderer.WasChecked(text), $"Not left by the check: {text[..Math.Min(60, text.Length)]}"));
    }

    [Fact]
    public void A_link_target_nested_33_parentheses_is_text_as_in_cmark_and_32_is_a_link()
    {
        static string Link(int depth) => "[a](" + new string('(', depth) + "x" + new string(')', depth) + ")";

        Assert.Contains("<a href=", Markdown.ToHtml(Link(32), Ours));
        Assert.DoesNotContain("<a href=", Markdown.ToHtml(Link(33), Ours));
    }

    [Theory]
    [InlineData("[{0}]: u\n", MarkdownLimits.MaxReferences, "link definitions")]
    [InlineData("a\n=\n", MarkdownLimits.MaxUnderlinedHeadings, "underlined")]
    [InlineData("<!--", MarkdownLimits.MaxUnclosedHtml, "unclosed")]
    public void A_count_limit_allows_its_number_and_refuses_one_more(string unit, int limit, string problem)
    {
        static string Many(string unit, int count) => string.Concat(Enumerable.Range(0, count).Select(i => unit.Replace("{0}", i.ToString(System.Globalization.CultureInfo.InvariantCulture))));

        Assert.Null(MarkdownLimits.Precheck(Many(unit, limit)));
        Assert.Contains(problem, MarkdownLimits.Precheck(Many(unit, limit + 1))?.Problem);
    }

    [Fact]
    public void Thirty_two_backticks_in_a_row_are_allowed_and_thirty_three_are_not()
    {
        Assert.Null(MarkdownLimits.Precheck(new string('`', 32)));
        Assert.Equal(1, MarkdownLimits.Precheck("a" + new string('`', 33))?.Position);
    }

    [Fact]
    public void A_paragraph_with_256_emphasis_marks_reads_and_one_with_more_does_not()
    {
        Markdown.Parse(string.Concat(Enumerable.Repeat("*a* ", 120)), Ours);

        var error = Assert.Throws<MarkdownTooDenseException>(() => Markdown.Parse(string.Concat(Enumerable.Repeat("*a* ", 200)), Ours));
        Assert.InRange(error.Position, 4 * 120, 4 * 200);
    }

    private static IEnumerable<string> MarkdownTexts(Model.Publication publication) =>
        publication.ActionLines.SelectMany(line =>
                new[] { line.Overview }
                    .Concat(line.Priorities.Select(p => p.Text))
                    .Concat(line.Roadmap.SelectMany(r => new[] { r.Outcome }.Concat(r.ExpectedResults).Concat(r.ItuActivities))))
            .Concat(publication.Pages.Select(p => p.Body));
}
