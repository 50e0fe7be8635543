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

    /// <summary>The page in parts of <paramref name="size"/> characters (0: random sizes), as a page too large to hold whole is read.</summary>
    private static PageLinks ScanInParts(PageScanner scanner, RenderedPage page, int size)
    {
        var scan = scanner.Start();
        var random = new Random(page.Html.Length);
        for (var at = 0; at < page.Html.Length;)
        {
            var length = Math.Min(size > 0 ? size : random.Next(1, 300), page.Html.Length - at);
            scan.Write(page.Html.AsSpan(at, length));
            at += length;
        }
        return scan.Finish(page.Path, page.Url, page.Origin);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(17)]
    [InlineData(16 * 1024)]
    [InlineData(0)]
    public void Read_in_parts_a_page_gives_what_it_gives_read_whole_on_every_page_of_the_site(int size)
    {
        var scanner = new PageScanner();
        Assert.All(site.Site.Pages, page =>
        {
            var whole = scanner.Scan(page);
            var parts = ScanInParts(scanner, page, size);
            Assert.Equal(whole.Ids, parts.Ids);
            Assert.Equal(whole.Links.Order(StringComparer.Ordinal), parts.Links.Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(0)]
    public void Read_in_parts_markup_easily_confused_is_read_as_a_browser_does(int size)
    {
        string[] bodies =
        [
            "<title>Not <a href=\"/title/\">a link</a></title><p id=\"p\">x</p>",
            "<style>a[href='/style/'] { }</style><script>document.write('<a href=\"/script/\" id=\"s\">')</script><p id=\"ok\"></p>",
            "<!-- <a href=\"/comment/\" id=\"c\"> --><a href='#ok' id=ok>z</a><!--x--><!---->",
            "<a href=\"/first/\" href=\"/second/\" id=\"one\" id=\"two\">dup</a><img src=\"/img.png\"><link href=\"/l.css\" src=\"/both.js\">",
            "<p>1 < 2 and <3 <a href=\"/lt/\">lt</a></p><SCRIPT>var s = '</scr' + 'ipt>';</SCRIPT><a href=\"/after-script/\">a</a>",
            "<a title=\"a > b\" href=\"/after-gt/\">g</a><a href=/unquoted/#frag id=unq>q</a><plaintext><a href=\"/plain/\">",
        ];
        var scanner = new PageScanner();
        Assert.All(bodies, body =>
        {
            var page = new RenderedPage("/page/", $"<!DOCTYPE html><html><head></head><body>{body}</body></html>", SourceLocation.File("page.md"));
            var parts = ScanInParts(scanner, page, size);
            var (ids, links) = ByTreeBuilder(page.Html);
            Assert.Equal(ids, parts.Ids);
            Assert.Equal(links, parts.Links.Order(StringComparer.Ordinal));
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
