using System.Collections.Concurrent;
using Wsis.Diagnostics;
using Wsis.Render;

namespace Wsis.Check;

/// <summary>Checks that each internal link and fragment of every page points at something that exists (pages are read by PageScanner).</summary>
public static class LinkChecker
{
    /// <summary>Reports every internal link of the pages that points at no page, file or id; returns how many links were checked.</summary>
    public static int Check(IReadOnlyList<PageLinks> pages, IEnumerable<string> otherFiles, DiagnosticBag diagnostics,
        Func<SourceLocation, string, SourceLocation>? locate = null)
    {
        locate ??= (origin, _) => origin;
        var pagesByPath = pages.ToDictionary(p => p.Path, StringComparer.Ordinal);
        var files = otherFiles.ToHashSet(StringComparer.Ordinal);
        // Most links repeat across pages (navigation, badges, items listed on many pages): resolve each once.
        var resolved = new ConcurrentDictionary<string, (string Path, string Fragment)>(StringComparer.Ordinal);
        return pages.AsParallel().Sum(page =>
        {
            foreach (var id in page.DuplicateIds())
                diagnostics.Error(DiagnosticCodes.DuplicateFragment, locate(page.Origin, id), $"The page {page.Url} has more than one element with id '{id}', so links to '#{id}' are ambiguous.",
                    "Rename the heading or anchor (a Markdown heading gets its id from its text), or choose another id.");
            foreach (var link in page.Links)
            {
                var (path, fragment) = link.StartsWith('#') ? (page.Path, Uri.UnescapeDataString(link[1..])) : resolved.GetOrAdd(link, Split);
                if (!pagesByPath.TryGetValue(path, out var target))
                {
                    if (!files.Contains(path))
                        diagnostics.Error(DiagnosticCodes.BrokenLink, locate(page.Origin, link), $"The page {page.Url} links to '{link}', which does not exist.",
                            "Correct the link, or add the page it points to.");
                    continue;
                }
                if (fragment.Length > 0 && !target.HasId(fragment))
                    diagnostics.Error(DiagnosticCodes.MissingFragment, locate(page.Origin, link), $"The page {page.Url} links to '{link}', but that page has no element with id '{fragment}'.",
                        "Correct the part after '#', or add the anchor it points to.");
            }
            return page.Links.Length;
        });
    }

    /// <summary>An absolute internal link as the file it points at and its fragment.</summary>
    private static (string Path, string Fragment) Split(string link)
    {
        var hash = link.IndexOf('#');
        var fragment = hash < 0 ? "" : Uri.UnescapeDataString(link[(hash + 1)..]);
        var url = hash < 0 ? link : link[..hash];
        var query = url.IndexOf('?');
        if (query >= 0) url = url[..query];
        return (Urls.FileOf(Uri.UnescapeDataString(url)), fragment);
    }
}
