using AngleSharp.Html.Parser;
using Wsis.Caching;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Parses every rendered page and checks that each internal link and fragment points at something that exists.</summary>
public static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <param name="cache">Ids and links by page HTML, kept across the rebuilds of serve so unchanged pages are not parsed again.</param>
    public static int Check(RenderedSite site, DiagnosticBag diagnostics, Memo<string, (HashSet<string> Ids, List<string> Links)>? cache = null)
    {
        var parsed = site.Pages.AsParallel().AsOrdered()
            .Select(page => (page, cache is null ? Parse(page.Html) : cache.GetOrAdd(page.Html, Parse)))
            .Select(p => (Page: p.page, p.Item2.Ids, p.Item2.Links))
            .ToList();
        var idsByPath = parsed.ToDictionary(p => p.Page.Path, p => p.Ids, StringComparer.Ordinal);
        var files = site.Files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var checkedLinks = 0;
        foreach (var (page, _, links) in parsed)
        {
            foreach (var link in links)
            {
                checkedLinks++;
                var (path, fragment) = Split(link, page.Path);
                if (!idsByPath.TryGetValue(path, out var ids))
                {
                    if (!files.Contains(path))
                        diagnostics.Error(DiagnosticCodes.BrokenLink, page.Origin, $"The page {page.Url} links to '{link}', which does not exist.",
                            "Correct the link, or add the page it points to.");
                    continue;
                }
                if (fragment.Length > 0 && !ids.Contains(fragment))
                    diagnostics.Error(DiagnosticCodes.MissingFragment, page.Origin, $"The page {page.Url} links to '{link}', but that page has no element with id '{fragment}'.",
                        "Correct the part after '#', or add the anchor it points to.");
            }
        }
        return checkedLinks;
    }

    private static (HashSet<string> Ids, List<string> Links) Parse(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("[href], [src]")
            .SelectMany(e => LinkAttributes.Select(e.GetAttribute))
            .OfType<string>()
            .Where(IsInternal)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (ids, links);
    }

    private static bool IsInternal(string link) =>
        link.StartsWith('#') || (link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal));

    private static (string Path, string Fragment) Split(string link, string currentPath)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(link[(hash + 1)..]);
        var url = hash < 0 ? link : link[..hash];
        var query = url.IndexOf('?');
        if (query >= 0) url = url[..query];
        return (url.Length == 0 ? currentPath : Urls.FileOf(Uri.UnescapeDataString(url)), fragment);
    }
}
