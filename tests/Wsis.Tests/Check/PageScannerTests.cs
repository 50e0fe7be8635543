using AngleSharp.Html.Parser;
using Wsis.Check;
using Wsis.Diagnostics;
using Wsis.Render;
using Wsis.Tests.Support;

namespace Wsis.Tests.Check;

/// <summary>The link check reads pages with the tokenizer only; a full HTML5 parse (what a browser builds) is the judge.</summary>
public class PageScannerTests(RealSite site)
{
    private static (string[] Ids, string[] Links) ByTreeBuilder(string html)
    {
        using var document = new HtmlParser().ParseDocument(html);
        static bool Internal(string link) => link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));
        var ids = document.All.Select(e => e.GetAttribute("id")).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToArray();
        var links = document.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>().Where(Internal)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        return (ids, links);
    }

    private static PageLinks Scan(string html) => new PageScanner().Scan(new RenderedPage("/page/", html, SourceLocation.File("page.md")));

    [Fact]
    public void Finds_exactly_the_ids_and_links_a_full_parse_finds_on_every_page_of_the_site()
    {
        var scanner = new PageScanner();
        Assert.All(site.Site.Pages, page =>
        {
            var scanned = scanner.Scan(page);
            var (ids, links) = ByTreeBuilder(page.Html);
            Assert.Equal(ids, scanned.Ids);
            Assert.Equal(links, scanned.Links.Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [InlineData("<title>Not <a href=\"/title/\">a link</a></title><p id=\"p\">x</p>")]
    [InlineData("<textarea><a href=\"/textarea/\" id=\"t\"></a></textarea><a href=\"/after/\">y</a>")]
    [InlineData("<style>a[href='/style/'] { }</style><script>document.write('<a href=\"/script/\" id=\"s\">')</script><p id=\"ok\"></p>")]
    [InlineData("<!-- <a href=\"/comment/\" id=\"c\"> --><a href='#ok' id=ok>z</a>")]
    [InlineData("<a href=\"/first/\" href=\"/second/\" id=\"one\" id=\"two\">dup</a><img src=\"/img.png\"><a href=\"//other.example/\">x</a><a href=\"https://e.org/\">e</a>")]
    [InlineData("<p id=\"caf&eacute;\"><a href=\"/s&amp;p/#caf%C3%A9\">entity</a></p><iframe><a href=\"/iframe/\"></a></iframe>")]
    [InlineData("<A HREF=/upper/ ID=Up>u</A><p id = \"spaced\" hidden class=x>s</p><a href=/unquoted/#frag id=unq>q</a>")]
    [InlineData("<a title=\"a > b\" href=\"/after-gt/\">g</a><a data-x='<a href=\"/inside/\">' id='single'>h</a><br/><img/src=\"/slash.png\">")]
    [InlineData("<p>1 < 2 and <3 <a href=\"/lt/\">lt</a></p><SCRIPT>var s = '</scr' + 'ipt>';</SCRIPT><a href=\"/after-script/\">a</a>")]
    public void Reads_markup_as_a_browser_does_where_text_and_markup_are_easily_confused(string body)
    {
        var html = $"<!DOCTYPE html><html><head></head><body>{body}</body></html>";
        var scanned = Scan(html);
        var (ids, links) = ByTreeBuilder(html);

        Assert.Equal(ids, scanned.Ids);
        Assert.Equal(links, scanned.Links.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Finds_exactly_the_ids_and_links_a_full_parse_finds_on_every_page_of_a_sample_site()
    {
        var result = TestBuild.InMemory(ContentSet.Sample(150).ToRawFiles(), ContentSet.Templates, "https://example.org");
        Assert.True(result.Succeeded);
        var scanner = new PageScanner();
        Assert.All(result.Site!.Pages, page =>
        {
            var scanned = scanner.Scan(page);
            var (ids, links) = ByTreeBuilder(page.Html);
            Assert.Equal(ids, scanned.Ids);
            Assert.Equal(links, scanned.Links.Order(StringComparer.Ordinal));
        });
    }

    [Fact]
    public void Keeps_one_copy_of_a_link_or_id_that_recurs_across_pages()
    {
        var scanner = new PageScanner();
        var first = scanner.Scan(new RenderedPage("/a/", "<a href=\"/shared/\" id=\"x\">a</a>", SourceLocation.File("a.md")));
        var second = scanner.Scan(new RenderedPage("/b/", "<a href=\"/shared/\" id=\"x\">b</a>", SourceLocation.File("b.md")));

        Assert.Same(first.Links[0], second.Links[0]);
        Assert.Same(first.Ids[0], second.Ids[0]);
    }
}
