namespace Wsis.Tests.Browser;

/// <summary>The pages the slow browser checks visit: every kind of element the site has, on far fewer pages than it has.</summary>
public sealed class PageKindsTests(RealSite site)
{
    [Fact]
    public void One_page_of_each_kind_holds_every_kind_any_page_holds_in_a_fraction_of_the_pages()
    {
        var cover = PageKinds.Cover(site.Documents);

        var everywhere = site.Documents.SelectMany(p => PageKinds.Kinds(p.Key, p.Value)).ToHashSet();
        var covered = cover.SelectMany(url => PageKinds.Kinds(url, site.Documents[url])).ToHashSet();
        Assert.Equal(everywhere.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
        Assert.Contains("/404.html", cover);
        Assert.True(cover.Count * 3 < site.Documents.Count, $"{cover.Count} of {site.Documents.Count} pages: {string.Join(' ', cover)}");
    }

    [Fact]
    public void A_page_with_a_kind_no_other_page_has_is_always_in_the_cover()
    {
        var kinds = new Dictionary<string, HashSet<string>>
        {
            ["/a/"] = ["main", "h1", "p"],
            ["/b/"] = ["main", "h1"],
            ["/c/"] = ["main", "table.rows"],
        };

        Assert.Equal(["/a/", "/c/"], PageKinds.Cover(kinds));
    }
}
