using System.IO.Compression;
using AngleSharp.Dom;

namespace Wsis.Tests;

/// <summary>The weight budget: no page needs more than 60 KB of HTML, CSS and script together, search index aside.</summary>
public sealed class PageWeightTests(RealSite site)
{
    public const int Budget = 60 * 1024;

    /// <summary>What the browser downloads for a page: the HTML and every stylesheet and script it links, gzip-compressed as the host sends them.</summary>
    private (int Raw, int Sent) Weight(string url)
    {
        var page = site.Site.Pages.Single(p => p.Url == url);
        var assets = site.Documents[url].QuerySelectorAll("link[rel=stylesheet], script[src]")
            .Select(e => (e.GetAttribute("href") ?? e.GetAttribute("src"))!)
            .Distinct()
            .Select(site.File)
            .Append(System.Text.Encoding.UTF8.GetBytes(page.Html))
            .ToList();
        return (assets.Sum(a => a.Length), assets.Sum(Gzip));
    }

    private static int Gzip(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true)) gzip.Write(bytes);
        return (int)output.Length;
    }

    [Fact]
    public void No_page_needs_more_than_60_KB_of_html_css_and_script()
    {
        var weights = site.Site.Pages.Select(p => (p.Url, Weight: Weight(p.Url))).OrderByDescending(w => w.Weight.Sent).ToList();
        var over = weights.Where(w => w.Weight.Sent > Budget).Select(w => $"{w.Url}: {w.Weight.Sent} bytes sent ({w.Weight.Raw} uncompressed)").ToList();
        Assert.True(over.Count == 0, string.Join('\n', over));
    }

    [Fact]
    public void Uncompressed_pages_stay_within_twice_the_budget()
    {
        // The largest action lines hold ~35 KB of text alone, so uncompressed they cannot meet 60 KB without
        // dropping content; this guards against markup bloat around that text.
        // The whole-publication handout is every action line on one print page, made to be printed to PDF, not read.
        var over = site.Site.Pages.Where(p => p.Url != Wsis.Render.Urls.PublicationHandout)
            .Select(p => (p.Url, Weight(p.Url).Raw)).Where(w => w.Raw > 2 * Budget).Select(w => $"{w.Url}: {w.Raw} bytes").ToList();
        Assert.True(over.Count == 0, string.Join('\n', over));
    }

    [Fact]
    public void No_page_loads_anything_from_another_site()
    {
        var external = site.Documents
            .SelectMany(d => d.Value.QuerySelectorAll("link[href]:not([rel=canonical]), script[src], img[src], iframe, source[src], video, audio")
                .Select(e => e.GetAttribute("href") ?? e.GetAttribute("src") ?? e.LocalName)
                .Where(u => !u.StartsWith('/') || u.StartsWith("//", StringComparison.Ordinal))
                .Select(u => $"{d.Key}: {u}"))
            .ToList();
        Assert.Empty(external);
    }
}
