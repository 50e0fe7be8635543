using AngleSharp.Html.Parser;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Parses every rendered page and checks that each internal link and fragment points at something that exists.</summary>
public static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    /// <summary>locate: where a link from a page's source file is written (its exact line), when it can be found there.</summary>
    public static int Check(RenderedSite site, DiagnosticBag diagnostics, Func<SourceLocation, string, SourceLocation>? locate = null)
    {
        locate ??= (origin, _) => origin;
        var parsed = site.Pages.AsParallel().AsOrdered().Select(Parse).ToList();
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
                        diagnostics.Error(DiagnosticCodes.BrokenLink, locate(page.Origin, link), $"The page {page.Url} links to '{link}', which does not exist.",
                            "Correct the link, or add the page it points to.");
                    continue;
                }
                if (fragment.Length > 0 && !ids.Contains(fragment))
                    diagnostics.Error(DiagnosticCodes.MissingFragment, locate(page.Origin, link), $"The page {page.Url} links to '{link}', but that page has no element with id '{fragment}'.",
                        "Correct the part after '#', or add the anchor it points to.");
            }
        }
        return checkedLinks;
    }

    private static (RenderedPage Page, HashSet<string> Ids, List<string> Links) Parse(RenderedPage page)
    {
        var document = new HtmlParser().ParseDocument(page.Html);
        var ids = document.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        var links = document.QuerySelectorAll("[href], [src]")
            .SelectMany(e => LinkAttributes.Select(e.GetAttribute))
            .OfType<string>()
            .Where(IsInternal)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return (page, ids, links);
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
