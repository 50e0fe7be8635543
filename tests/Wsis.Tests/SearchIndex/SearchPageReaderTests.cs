using Wsis.Search;

namespace Wsis.Tests.SearchIndex;

/// <summary>How a page is read for search, on small pages; the real pages are held to Pagefind's own reading by <see cref="SearchIndexTests"/>.</summary>
public sealed class SearchPageReaderTests
{
    private static SearchPage Read(string body, string path = "a/index.html") =>
        SearchPageReader.Read(path, $"<!DOCTYPE html><html lang=\"en\"><head><title>Head title</title><script>var x = '<p>no</p>';</script></head><body>{body}</body></html>", new SearchTerms());

    [Fact]
    public void Only_the_body_is_read_without_its_ignored_parts_nav_or_footer()
    {
        var page = Read("<nav>Menu</nav><main data-pagefind-body><h1>Title here</h1><p>Kept words<span data-pagefind-ignore>left out</span></p><footer>Foot</footer></main><p>Outside</p>");
        Assert.True(page.HasBody);
        Assert.Equal("Title here. Kept words.", page.Content);
        Assert.Equal("/a/", page.Url);
        Assert.Equal("en", page.Language);
        Assert.Equal("Title here", page.Meta["title"]);
        Assert.DoesNotContain(page.Terms, w => w is "menu" or "left" or "foot" or "outsid" or "no");
    }

    [Fact]
    public void Headings_weigh_more_and_joined_words_are_also_found_by_their_parts()
    {
        var page = Read("<div data-pagefind-body><h2>Cyber-crime</h2><p>cyber crime</p></div>");
        Assert.Equal([new WordAt(0, 6 * SearchWords.NormalWeight)], page.At("cybercrim").ToArray());
        Assert.Contains(new WordAt(0, 3 * SearchWords.NormalWeight), page.At("cyber").ToArray());
        Assert.Contains(new WordAt(1, SearchWords.NormalWeight), page.At("cyber").ToArray());
        Assert.Contains(new WordAt(2, SearchWords.NormalWeight), page.At("crime").ToArray());
    }

    [Fact]
    public void Filters_and_metadata_come_from_their_attributes_even_on_ignored_elements()
    {
        var page = Read("""<div data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-ignore>The item</h1><span hidden data-pagefind-filter="sdg:SDG 9"></span><span data-pagefind-filter="sdg">SDG 4</span><span hidden data-pagefind-meta="kind:Priority · C5"></span><p>Text &amp; more</p></div>""");
        Assert.Equal("The item", page.Meta["title"]);
        Assert.Equal("Priority · C5", page.Meta["kind"]);
        Assert.Equal(["SDG 9", "SDG 4"], page.Filters["sdg"]);
        Assert.Equal("SDG 4 Text & more.", page.Content);
        Assert.Contains((Field: "title", Position: 1), page.MetaWords["item"]);
    }

    [Fact]
    public void A_page_without_a_body_is_read_whole_and_titled_from_its_head()
    {
        var page = Read("<p>All of it</p>", "index.html");
        Assert.False(page.HasBody);
        Assert.Equal("/", page.Url);
        Assert.Equal("All of it.", page.Content);
        Assert.Equal("Head title", page.Meta["title"]);
    }
}
