using System.Globalization;
using System.Text;
using Wsis.Search;
using Wsis.Tests.Support;

namespace Wsis.Tests.SearchIndex;

/// <summary>
/// The elements the reader passes over unread (ignored ones, and those beside a body that has ended in their parent, with
/// nothing inside that could count) change nothing: every page reads the same as when every element is read.
/// </summary>
public sealed class SearchPageSkimTests
{
    private static string Page(string body, string lang = "en") =>
        $"<!DOCTYPE html><html lang=\"{lang}\"><head><title>Head title</title><script>var x = '<p>no</p>';</script></head><body>{body}</body></html>";

    public static TheoryData<string, string> Pages => new()
    {
        { "the tail of an item page", Page("""<nav>Menu</nav><main><article><div data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-ignore>An item</h1><p>Its text</p></div><section class="also" aria-labelledby="a-0"><h2 id="a-0">Also under 1.2</h2><ul><li><a href="/x/">Other item</a></li></ul></section><section><h2 id="cite">Cite this</h2><p id="c">“An item”</p></section></article></main><footer>Foot</footer>""") },
        { "loose text beside the skipped elements", Page("""<article><div data-pagefind-body><p>Body</p></div>loose words <section><p>cut</p></section> more loose<span>cut too</span> tail</article>after""") },
        { "an h1 after the body, when the body has none", Page("""<main><div data-pagefind-body><p>No heading</p></div><aside><p>cut</p></aside><section><h1>Late title</h1></section></main>""") },
        { "an h1 in a skipped element's child", Page("""<main><div data-pagefind-body><p>No heading</p></div><aside><p>cut</p></aside><section><div><div><h1>Deep title</h1></div></div></section></main>""") },
        { "an image after the body", Page("""<main><div data-pagefind-body><h1>Title</h1></div><aside><p>cut</p></aside><section><p><img src="/late.png" alt="Late"></p></section></main>""") },
        { "a title and a nested html after the body", Page("""<main><div data-pagefind-body><p>Text</p></div><aside><p>cut</p></aside><section><title>Late</title><html lang="fr"><p>x</p></html></section></main>""", lang: "") },
        { "a filter and metadata after the skipped part", Page("""<main><div data-pagefind-body><p>Text</p></div><section><p>cut</p></section><span data-pagefind-filter="sdg:SDG 3"></span><section><span data-pagefind-meta="kind:Late"></span></section></main>""") },
        { "a second body later", Page("""<main><div data-pagefind-body><p>First</p></div><section><h2 id="s">Skip</h2></section><div data-pagefind-body><h2 id="later">Second</h2><p>words</p></div><section><p id="z">cut</p></section></main>""") },
        { "anchors in passed-over parts before a later anchor", Page("""<div data-pagefind-body><section><div data-pagefind-body><p>Inner</p></div><section><p id="one">cut</p><p id="two">cut</p></section></section><h2 id="kept">Kept?</h2></div>""") },
        { "an end tag inside that closes an element outside", Page("""<main><article><div data-pagefind-body><p>Body</p></div><section><ul><li>cut</article> after article</main>""") },
        { "end tags that close nothing and unclosed elements", Page("""<main><div data-pagefind-body><p>Body</p></div><section></span><div><p>cut</section></b> tail<section><div>never closed""") },
        { "an element closed by an end tag of an ancestor inside it", Page("""<main><div data-pagefind-body><p>Body</p></div><section><div><section>inner</div></section> out </section> end</main>""") },
        { "scripts, styles, comments and markup in attributes", Page("""<main><div data-pagefind-body><p>Body</p></div><section title="a > b" data-x='</section>' data-y=c>d<script>if (a < b) document.write("</section><h1>no</h1>");</script><style>p > a { }</style><!-- </section> <h1>no</h1> --><textarea></section></textarea><![CDATA[ x ]]><?pi ?>< notatag 1 <3</section> kept</main>""") },
        { "tags in upper case", Page("""<MAIN><DIV data-pagefind-body><P>Body</P></DIV><SECTION><H2 ID="u">Up</H2><P>cut</P></Section> tail <Section><H1>Late</H1></SECTION></MAIN>""") },
        { "attributes without quotes or values", Page("""<main><div data-pagefind-body><p>Body</p></div><section hidden a=b=c d= e f="g"h=i/><p>cut</p></section><section data-z=">" x=y>text</section> end</main>""") },
        { "a page cut off inside a tag", Page("""<main><div data-pagefind-body><p>Body</p></div><section><p class="unclosed""") },
        { "the body's marker written in upper case later", Page("""<main><div data-pagefind-body><p>First</p></div><section><p>cut</p></section><div DATA-PAGEFIND-BODY><p>Second</p></div></main>""") },
        { "a body that is the html element's child, ended by the end of html", Page("""<div data-pagefind-body><p>Body</p></div><section><p>cut""") + "<section><p>after html</p></section>" },
        { "ignored anchors not numbered before a later body's", Page("""<main><div data-pagefind-body><p>First</p></div><section><p id="i" data-pagefind-ignore>x</p><p ID=j>y</p><br id="k"><p id>z</p></section><div data-pagefind-body><h2 id="later">Second</h2></div></main>""") },
        { "text after a body inside a body with an anchor", Page("""<div data-pagefind-body><p>First</p></div><p><span id="s" data-pagefind-body><span data-pagefind-body>inner</span> <em>tail <b>words</b></em></span><i>cut</i></p>""") },
        { "a title inside an excluded element", """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body><div data-pagefind-ignore="all"><nav><title>In nav</title></nav><title>Excluded</title></div><div data-pagefind-body><p>x</p></div></body></html>""" },
        { "a title inside an ignored element in the head", """<!DOCTYPE html><html lang="en"><head><div data-pagefind-ignore="all"><title>No</title></div><title>Yes</title></head><body><nav>Menu</nav><div data-pagefind-body><p>x</p></div></body></html>""" },
        { "a title whose end tag is another", """<!DOCTYPE html><html lang="en"><head><title>Open <p>x</titlex> y</title></head><body><nav>Menu</nav><div data-pagefind-body><p>x</p></div></body></html>""" },
        { "a title never closed", """<!DOCTYPE html><html lang="en"><body><nav>Menu</nav><div data-pagefind-body><p>x</p></div><footer><title>Never closed""" },
        { "two titles in the head", """<!DOCTYPE html><html lang="en"><head><title>First &amp; <b>raw</b></title><TITLE>Second</Title></head><body><div data-pagefind-body><p>x</p></div></body></html>""" },
        { "an ignored list with ids and nested ignores in the body", Page("""<div data-pagefind-body><h2 id="a">A</h2><section id="items" data-pagefind-ignore><article id="i1"><h3>Item</h3><p>Its <em>text</em></p><details data-pagefind-ignore><summary>n</summary></details></article></section><h2 id="b">B</h2><p>after</p></div>""") },
        { "a removed element with an id of its own", Page("""<div data-pagefind-body><nav id="n">Menu <a href="/">home</a></nav><p>x</p><h2 id="m">M</h2></div>""") },
        { "an ignored inline element inside an anchored one", Page("""<div data-pagefind-body><p><a id="x" href="#">link <label>lab <em>inner</em></label> end</a></p><p id="y">more <span data-pagefind-ignore><b>gone</b></span></p></div>""") },
        { "scripts and forms in the body", Page("""<div data-pagefind-body><p>a</p><script>document.write("<h1>no</h1></div>")</script><form><input name="q"><select><option>o</option></select><label>l</label></form><p>b</p></div>""") },
        { "an element ignored for its index only", Page("""<div data-pagefind-body><p data-pagefind-ignore="index">kept out</p><div data-pagefind-ignore="true"><p>also out</p></div><p>in</p></div>""") },
        { "weights and breaks after the body", Page("""<main><div data-pagefind-body><h3>Heading</h3><p>a<br>b</p></div><section data-x><h4>cut</h4><p>x<br>y</p></section><br>tail</main>""") },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public void A_page_reads_the_same_with_the_elements_that_cannot_count_passed_over(string what, string html)
    {
        var skimming = new SearchPageReader(new SearchTerms(), skims: true);
        var (read, skimmed) = (Described(Read(new SearchPageReader(new SearchTerms(), skims: false), html)), Described(Read(skimming, html)));
        Assert.True(read == skimmed, $"{what}, read:\n{read}\npassed over:\n{skimmed}");
        Assert.True(skimming.PassedOver > 0, $"{what}: nothing was passed over");
    }

    [Fact]
    public void Every_page_of_the_real_content_and_of_a_sample_reads_the_same_with_them_passed_over()
    {
        // given the real site and a 300-item sample, in memory
        var sample = TestBuild.InMemory(ContentSet.Sample(300).ToRawFiles(), ContentSet.Templates);
        var pages = RealSite.Shared.Result.Site!.Pages.Concat(sample.Site!.Pages).Where(p => p.Path.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Contains(pages, p => p.Url.Contains("/priorities/", StringComparison.Ordinal));

        // when each is read both ways, then the same
        var (skimming, reading) = (new SearchPageReader(new SearchTerms(), skims: true), new SearchPageReader(new SearchTerms(), skims: false));
        Assert.All(pages, page => Assert.Equal(Described(reading.Read(page.Path, page.Html)), Described(skimming.Read(page.Path, page.Html))));
        Assert.True(skimming.PassedOver > pages.Count, $"{skimming.PassedOver} elements passed over in {pages.Count} pages");
    }

    private static SearchPage Read(SearchPageReader reader, string html) => reader.Read("a/index.html", html);

    // Everything the index takes from a page, written out, so that two readings compare whole.
    private static string Described(SearchPage page)
    {
        var text = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{page.Url} {page.Language} body={page.HasBody} words={page.WordCount}\n{page.Content}\n");
        for (var i = 0; i < page.Terms.Length; i++)
            text.Append(CultureInfo.InvariantCulture, $"{page.Terms[i]}: {string.Join(' ', page.At(page.Terms[i]).ToArray())}\n");
        foreach (var (key, values) in page.Filters.OrderBy(f => f.Key, StringComparer.Ordinal)) text.Append(CultureInfo.InvariantCulture, $"filter {key}={string.Join('|', values)}\n");
        foreach (var (key, value) in page.Meta) text.Append(CultureInfo.InvariantCulture, $"meta {key}={value}\n");
        foreach (var (term, at) in page.MetaWords.OrderBy(m => m.Key, StringComparer.Ordinal)) text.Append(CultureInfo.InvariantCulture, $"meta word {term}: {string.Join(' ', at)}\n");
        foreach (var anchor in page.Anchors) text.Append(CultureInfo.InvariantCulture, $"anchor {anchor}\n");
        return text.ToString();
    }
}
