using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

public sealed class OwnTextTests
{
    private const string Head = "<!DOCTYPE html>\n<html lang=\"fr\">\n<head><title>A &lt;div&gt; page</title><script>if (a < b) document.write('<div>');</script></head>\n<body>\n";
    private const string Outside = "<header><nav><a href=\"/\">Home</a></nav></header>\n";
    private const string Tail = "<footer>Footer text</footer>\n</body>\n</html>\n";

    [Fact]
    public void Keeps_the_body_elements_and_the_page_language_and_leaves_out_the_rest()
    {
        var copy = Parse(OwnText.Of(Page(Outside + "<main><div data-pagefind-body><h1>Own title</h1><p>Own text.</p></div><section class=\"also\"><a href=\"/x/\">Other item</a></section></main>\n" + Tail)));
        Assert.Equal("fr", copy.DocumentElement.GetAttribute("lang"));
        var body = Assert.Single(copy.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal(["Own title", "Own text."], body.Children.Select(Text));
        Assert.Equal([body], copy.Body!.Children);
        Assert.Empty(copy.QuerySelectorAll("header, footer, .also, script"));
    }

    [Fact]
    public void Leaves_out_ignored_elements_unless_they_carry_metadata_or_filters()
    {
        var copy = Parse(OwnText.Of(Page(Outside +
            "<article data-pagefind-body><h1 data-pagefind-meta=\"title\" data-pagefind-ignore>Title</h1>" +
            "<section id=\"list\" data-pagefind-ignore><h2>Items</h2><section><p>An item repeated</p></section></section>" +
            "<div data-pagefind-ignore><span data-pagefind-filter=\"sdg:SDG 4\"></span>Filtered</div>" +
            "<p>Own <span data-pagefind-ignore>ignored</span>text</p></article>\n" + Tail)));
        Assert.NotNull(copy.QuerySelector("h1[data-pagefind-meta='title']"));
        Assert.NotNull(copy.QuerySelector("[data-pagefind-filter='sdg:SDG 4']"));
        Assert.Null(copy.GetElementById("list"));
        Assert.Equal(["Title", "Filtered", "Own text"], copy.QuerySelector("article")!.Children.Select(Text));
    }

    [Fact]
    public void Keeps_every_body_element_of_a_page_in_order()
    {
        var copy = Parse(OwnText.Of(Page("<header data-pagefind-body><h1>First</h1></header>" + Outside + "<div data-pagefind-body>Second</div>" + Tail)));
        Assert.Equal(["First", "Second"], copy.QuerySelectorAll("[data-pagefind-body]").Select(Text));
    }

    [Fact]
    public void Is_not_misled_by_tags_in_comments_scripts_and_attribute_values()
    {
        var copy = Parse(OwnText.Of(Page(
            "<div data-pagefind-body title=\"a </div> b\"><p>Start</p><!-- </div> --><script>var s = '</div>';</script>" +
            "<div data-pagefind-ignore data-note='<div>'>Ignored</div><p>End</p></div>\n" + Tail)));
        var body = Assert.Single(copy.QuerySelectorAll("[data-pagefind-body]"));
        Assert.Equal(["Start", "End"], body.QuerySelectorAll("p").Select(Text));
        Assert.Empty(copy.QuerySelectorAll("[data-note], footer"));
    }

    [Fact]
    public void A_slash_at_the_end_of_a_start_tag_closes_nothing_as_in_html()
    {
        var copy = Parse(OwnText.Of(Page("<div data-pagefind-body><div class=\"empty\"/><p>Inside</p></div><p>After</p></div>\n" + Tail)));
        Assert.Equal(["Inside", "After"], Assert.Single(copy.QuerySelectorAll("[data-pagefind-body]")).QuerySelectorAll("p").Select(Text));
    }

    [Fact]
    public void A_page_that_only_mentions_the_attribute_has_nothing_to_index()
    {
        Assert.Null(OwnText.Of(Page("<main><p>Write <code>&lt;div data-pagefind-body&gt;</code> around the text.</p></main>" + Tail)));
    }

    [Theory]
    [InlineData("<div data-pagefind-body><p>Text that is never closed</p>")]
    [InlineData("<div data-pagefind-body><section data-pagefind-ignore>Ignored, never closed</div>")]
    [InlineData("<div data-pagefind-body title=\"a quote left open><p>Text</p></div>")]
    public void A_page_that_cannot_be_cut_is_given_whole(string body)
    {
        var page = Page(body + "\n" + Tail);
        Assert.Same(page, OwnText.Of(page));
    }

    private static string Page(string body) => Head + body;

    private static IDocument Parse(string? copy)
    {
        Assert.NotNull(copy);
        return new HtmlParser().ParseDocument(copy);
    }

    private static string Text(IElement element) =>
        string.Join(' ', element.TextContent.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
}
